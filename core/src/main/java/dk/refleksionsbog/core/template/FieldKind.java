package dk.refleksionsbog.core.template;

/** What kind of answer a template question takes, so the UI can offer the right control. */
public enum FieldKind {
    /** Free text, the usual answer area. */
    TEXT,
    /** A calendar date, e.g. the first reflection meeting of a trial action. */
    DATE,
    /** A whole number from 1 to 5. */
    RATING
}
