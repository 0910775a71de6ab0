package dk.refleksionsbog.app.i18n;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import java.util.List;

/**
 * Input a form cannot turn into a value for the domain, e.g. a start time it cannot read. It is a
 * {@link DomainRuleViolation} so that an edit refused here is handled as one the domain refuses;
 * {@link FailureTexts} says it from its {@link InputProblem}.
 */
public final class InputRefusedException extends DomainRuleViolation {
    private final InputProblem problem;
    private final List<String> details;

    /** The English message is for logs; the details fill the leader's text, e.g. what they typed. */
    public InputRefusedException(InputProblem problem, String message, String... details) {
        super(message);
        this.problem = problem;
        this.details = List.of(details);
    }

    public InputProblem problem() {
        return problem;
    }

    public List<String> details() {
        return details;
    }
}
