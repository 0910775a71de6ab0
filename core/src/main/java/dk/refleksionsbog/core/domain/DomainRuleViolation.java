package dk.refleksionsbog.core.domain;

/** A value or move that the journal's rules do not allow; the message is meant for the user. */
public class DomainRuleViolation extends IllegalArgumentException {
    public DomainRuleViolation(String message) {
        super(message);
    }
}
