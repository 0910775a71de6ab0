package dk.refleksionsbog.app.i18n;

/**
 * Input a form refuses before the domain sees it, so the leader reads why in their own language
 * instead of the domain rule's English message.
 */
public enum InputProblem {
    TITLE_MISSING,
    TITLE_TOO_LONG,
    TEXT_MISSING,
    TAG_TOO_LONG,
    DECISION_MISSING,
    /** Said with what was typed. */
    START_TIME_UNREADABLE
}
