package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a name is looked for in. A Russian name given with initials ({@code Suslov M.A.}) is
 * also found with the initials first ({@code M.A. Suslov}), declined the way the translations
 * keep it ({@code Suslova M.A.}, "the commission of comrades Suslova M.A., ..."), and by the
 * surname alone ({@code Comrade Palgunov}), the last only where no other initials stand beside it.
 * Any other name is found as written; its other spellings come from {@code content/persons.csv}.
 */
final class NameForms {

    /** Surnames shorter than this are not looked for alone: too many words look like them. */
    private static final int SHORTEST_LONE_SURNAME = 4;

    /**
     * One form.
     *
     * @param keys the words, lower case
     * @param lone whether it is a surname alone (weaker than any written form)
     */
    record Form(List<String> keys, boolean lone) {
    }

    private NameForms() {
    }

    /** The forms of {@code name}; empty when it has no letters. */
    static List<Form> of(String name) {
        List<NameTokens.Token> tokens = NameTokens.of(name);
        List<Form> forms = new ArrayList<>();
        if (tokens.isEmpty()) {
            return forms;
        }
        List<String> keys = tokens.stream().map(NameTokens.Token::key).toList();
        forms.add(new Form(keys, false));
        int initialsAfter = 0;
        for (int i = tokens.size() - 1; i > 0 && tokens.get(i).initial(); i--) {
            initialsAfter++;
        }
        int initialsBefore = 0;
        for (int i = 0; i < tokens.size() - 1 && tokens.get(i).initial(); i++) {
            initialsBefore++;
        }
        List<String> initials;
        String surname;
        if (initialsAfter > 0 && initialsAfter == tokens.size() - 1) {
            surname = keys.get(0);
            initials = keys.subList(1, keys.size());
        } else if (initialsBefore > 0 && initialsBefore == tokens.size() - 1) {
            surname = keys.get(keys.size() - 1);
            initials = keys.subList(0, keys.size() - 1);
        } else {
            return forms;
        }
        for (String s : List.of(surname, surname + "a")) {
            List<String> after = new ArrayList<>();
            after.add(s);
            after.addAll(initials);
            List<String> before = new ArrayList<>(initials);
            before.add(s);
            forms.add(new Form(after, false));
            forms.add(new Form(before, false));
        }
        if (surname.length() >= SHORTEST_LONE_SURNAME) {
            forms.add(new Form(List.of(surname), true));
        }
        return forms;
    }
}
