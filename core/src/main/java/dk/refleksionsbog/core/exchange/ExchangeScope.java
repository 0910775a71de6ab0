package dk.refleksionsbog.core.exchange;

import java.util.Arrays;
import java.util.Optional;

/** What an exchange file holds; the wire name is the value of its {@code scope} field. */
public enum ExchangeScope {
    /** One loop with its challenge, answers, linked entries and comments. */
    LOOP("loop"),
    /** One challenge with all its loops, their answers, the linked entries and comments. */
    CHALLENGE("challenge"),
    /** Everything in the journal, with the journal's settings. */
    JOURNAL("journal"),
    /** Only the comments a sparring partner wrote on loops shared with them. */
    COMMENTS("comments");

    private final String wireName;

    ExchangeScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ExchangeScope> byWireName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }
}
