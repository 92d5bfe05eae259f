package org.docedition.apparatus.related;

/**
 * One thing two related documents share.
 *
 * @param kind  a person, a word, or two words side by side
 * @param value the person's id, or the word or words folded as compared ("cultur exchang")
 */
public record Feature(Kind kind, String value) {

    /** What kind of thing is shared. */
    public enum Kind { PERSON, WORD, PHRASE }
}
