/** Links documents into an edition: references, backlinks, neighbours, chronology. */
package org.docedition.link;
