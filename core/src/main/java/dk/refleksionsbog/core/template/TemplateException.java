package dk.refleksionsbog.core.template;

import java.util.List;

/**
 * A template set or its index cannot be used. Raised at start-up; the message names the set or
 * file and every problem, so whoever edits the file sees all of them at once.
 */
public class TemplateException extends RuntimeException {
    private final List<String> problems;

    public TemplateException(String source, List<String> problems) {
        super(source + (problems.size() == 1 ? ": " + problems.get(0)
                : " has " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems)));
        this.problems = List.copyOf(problems);
    }

    public TemplateException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
