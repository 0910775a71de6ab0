package dk.refleksionsbog.core.template;

/**
 * One question or field of a template set; its key is what an {@code Answer} stores. Read its
 * texts through a {@link Wording}, which fills in the strategy name.
 *
 * @param label a short title for summaries and forms; absent when the question is short itself
 * @param help guidance shown under the question; may be absent
 */
public record Question(String key, FieldKind kind, LocalizedText label, LocalizedText text, LocalizedText help) {
    public Question {
        kind = kind == null ? FieldKind.TEXT : kind;
    }
}
