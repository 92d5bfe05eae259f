/**
 * The editors' corrections of the sources' texts ({@code content/corrections.csv}): read, checked
 * against the seed lines they are anchored to, applied to the documents as read, and the check for
 * machine-translation residue not yet corrected.
 */
package org.docedition.correct;
