package org.docedition.publish;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code SOURCE_DATE_EPOCH}, the reproducible-builds convention for "the time this build
 * stands for" (usually the last commit's date), so no output depends on when the build ran.
 */
public final class SourceDateEpoch {

    /** The variable's name. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDateEpoch() {
    }

    /**
     * The instant named by {@code SOURCE_DATE_EPOCH} in this process's environment, if set.
     *
     * @throws IllegalArgumentException if it is set but is not a number of seconds since 1970
     */
    public static Optional<Instant> fromEnvironment() {
        return from(System.getenv());
    }

    /** As {@link #fromEnvironment()}, reading {@code environment}. */
    public static Optional<Instant> from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(value));
    }

    /**
     * The instant {@code value} seconds after 1970-01-01T00:00:00Z.
     *
     * @throws IllegalArgumentException if {@code value} is not a non-negative whole number
     */
    public static Instant parse(String value) {
        String v = value.strip();
        // the convention allows only decimal digits: a typo must not silently become "now"
        if (!v.matches("\\d{1,12}")) {
            throw new IllegalArgumentException(VARIABLE + " must be a whole number of seconds since 1970-01-01, not '"
                    + value + "'");
        }
        return Instant.ofEpochSecond(Long.parseLong(v));
    }
}
