package org.docedition.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;

/**
 * Sender, recipient and place of a document where its source states them, for the page's head (as
 * FRUS prints "From: … To: …" above a document): a title of the form "Letter from A to B" or the
 * catalogue's "Letter, A to B, regarding …", a treaty's "Done at Beijing on …", a news agency's
 * dateline "Xinhua News Agency, Moscow, November 22nd". Nothing is guessed beyond those forms.
 */
final class DocumentHead {

    private static final Pattern FROM_TO = Pattern.compile(
            "^(?:Exchange of )?(?:[A-Z][\\w-]*\\s+){0,3}?(?:letter|telegram|message|note|cable|appeal|reply|greetings?)s?"
                    + "\\s+(?:of|from)\\s+(?:the\\s+)?(.+?)\\s+to\\s+(?:the\\s+)?(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATALOGUE = Pattern.compile(
            "^(?:Letter|Telegram|Cable|Note|Message),\\s+(.+?)\\s+to\\s+(?:the\\s+)?(.+?)(?:,\\s+(?:regarding|on|about)\\s+.*)?$");
    private static final Pattern DONE_AT = Pattern.compile("\\b(?:Done|Signed|Made)\\s+(?:at|in)\\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b");
    /** The words every {@link #DATELINE} begins with. */
    private static final String DATELINE_WORDS = "Xinhua News Agency,";
    private static final Pattern DATELINE = Pattern.compile("^Xinhua News Agency,\\s+([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?),\\s");

    private DocumentHead() {
    }

    /** Keys sender, recipient, place: each the source's own words, or empty. */
    static Map<String, String> of(Document d) {
        Map<String, String> m = new HashMap<>(4);
        String sender = "";
        String recipient = "";
        Matcher t = (d.kind() == Kind.CATALOGUE ? CATALOGUE : FROM_TO).matcher(d.title().strip());
        if (t.matches()) {
            sender = t.group(1).strip();
            recipient = t.group(2).strip();
        }
        m.put("sender", sender);
        m.put("recipient", recipient);
        m.put("place", place(d).orElse(""));
        return m;
    }

    private static Optional<String> place(Document d) {
        boolean newspaper = d.kind() == Kind.NEWSPAPER;
        for (Paragraph p : d.paragraphs()) {
            // the patterns' own words first: a regular expression tried at every position of every
            // paragraph of every document showed in profiles of a large build
            if (newspaper ? !p.text().startsWith(DATELINE_WORDS) : !namesSigning(p.text())) {
                continue;
            }
            Matcher m = (newspaper ? DATELINE : DONE_AT).matcher(p.text());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} has one of the words {@link #DONE_AT} starts with. */
    private static boolean namesSigning(String text) {
        return text.contains("Done") || text.contains("Signed") || text.contains("Made");
    }
}
