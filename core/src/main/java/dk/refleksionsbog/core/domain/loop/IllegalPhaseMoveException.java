package dk.refleksionsbog.core.domain.loop;

import dk.refleksionsbog.core.domain.DomainRuleViolation;

public class IllegalPhaseMoveException extends DomainRuleViolation {
    public IllegalPhaseMoveException(String message) {
        super(message);
    }

    public IllegalPhaseMoveException(Kind kind, String message) {
        super(kind, message);
    }
}
