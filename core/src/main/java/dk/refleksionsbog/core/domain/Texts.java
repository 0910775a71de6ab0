package dk.refleksionsbog.core.domain;

import java.util.Objects;

/** Shared checks for the free text the leader writes. */
public final class Texts {
    private Texts() {}

    /** Returns the text unchanged, or rejects it when it is null or only whitespace. */
    public static String requireText(String text, String what) {
        return requireText(text, what, DomainRuleViolation.Kind.OTHER);
    }

    /** As {@link #requireText(String, String)}, telling which rule the missing text breaks. */
    public static String requireText(String text, String what, DomainRuleViolation.Kind kind) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(kind, what + " must not be empty");
        }
        return text;
    }

    /** Null becomes the empty string, so optional text is never null inside records. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public static <T> T require(T value, String what) {
        return Objects.requireNonNull(value, what + " is required");
    }
}
