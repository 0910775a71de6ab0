package dk.refleksionsbog.app.challenge;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.InputProblem;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A new challenge with its first loop; the domain decides whether the title is acceptable. */
public final class NewChallengeViewModel {
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Clock clock;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

    public NewChallengeViewModel(JournalStore store, BackgroundExecutor executor, Clock clock, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        title.addListener((observable, before, after) -> problem.set(null));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Why the challenge cannot be created yet, in the leader's language; null when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Creates the challenge and its first loop in one transaction.
     *
     * @param onCreated receives the new first loop's id once it is stored
     * @return false when the input was rejected (the reason is in {@link #problemProperty()})
     */
    public boolean create(Consumer<UUID> onCreated) {
        String typedTitle = title.get() == null ? "" : title.get().strip();
        if (typedTitle.isEmpty() || typedTitle.length() > Challenge.MAX_TITLE_LENGTH) {
            problem.set(failures.describe(typedTitle.isEmpty() ? InputProblem.TITLE_MISSING : InputProblem.TITLE_TOO_LONG));
            return false;
        }
        Instant now = clock.instant();
        Challenge challenge;
        try {
            challenge = Challenge.create(UUID.randomUUID(), title.get(), now).withDescription(description.get(), now);
        } catch (DomainRuleViolation rejected) {
            problem.set(failures.describe(rejected));
            return false;
        }
        Loop first = Loop.first(UUID.randomUUID(), challenge.id(), now);
        saving.set(true);
        executor.submit(() -> {
            store.inTransaction(() -> {
                store.challenges().save(challenge);
                store.loops().save(first);
            });
            return first.id();
        }, loopId -> {
            saving.set(false);
            onCreated.accept(loopId);
        }, failure -> {
            saving.set(false);
            problem.set(failures.describe(failure));
        });
        return true;
    }
}
