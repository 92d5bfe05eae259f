/**
 * Text cut into words, one way for every reader of words: the persons index and related documents.
 */
package org.docedition.apparatus.text;
