package org.docedition.apparatus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.PersonNote;

/**
 * Reads a footnote as a short biography when it has that shape: a name of capitalised words and
 * initials, a dash, the biography ({@code Suslov M.A. - Member of the Politburo, ...}). Notes that
 * refer elsewhere ({@code See: Soviet-Chinese Relations... - pp. 129-131.}) do not have it.
 */
final class BiographyNote {

    private static final Pattern SHAPE = Pattern.compile(
            "^([\\p{Lu}][\\p{L}.'\\u2019]*(?:[ \\u00A0]+[\\p{Lu}][\\p{L}.'\\u2019]*){0,4})[ \\u00A0]*[-\\u2013\\u2014][ \\u00A0]+(\\S.*)$",
            Pattern.DOTALL);
    private static final int LONGEST_NAME = 48;

    private BiographyNote() {
    }

    /** The biography {@code note} of {@code d} holds, if it is one. */
    static Optional<PersonNote> read(Document d, Footnote note) {
        Matcher m = SHAPE.matcher(note.text().strip());
        if (!m.matches() || m.group(1).length() > LONGEST_NAME) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (name.startsWith("See") || name.startsWith("Cm.") || name.startsWith("Not ")) {
            return Optional.empty();
        }
        return Optional.of(new PersonNote(name, m.group(2).strip(), d.id(), note.ordinal(), note.line()));
    }
}
