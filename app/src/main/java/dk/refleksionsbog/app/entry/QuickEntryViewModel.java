package dk.refleksionsbog.app.entry;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.InputProblem;
import dk.refleksionsbog.app.main.MainViewModel.EntryTarget;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A new dated entry written in passing, linked to the loop and phase on screen. */
public final class QuickEntryViewModel {
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Clock clock;
    private final EntryTarget target;

    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.NOTE);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> occurredOn;
    private final ObjectProperty<EvidenceLevel> evidenceLevel = new SimpleObjectProperty<>();
    private final BooleanProperty linkedToLoop;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyTags = FXCollections.unmodifiableObservableList(tags);
    private final StringProperty tagInput = new SimpleStringProperty("");
    private final ObservableList<String> knownTags = FXCollections.observableArrayList(Tags.TRIPLE_BOTTOM_LINE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /** @param target the loop on screen, or null when none is */
    public QuickEntryViewModel(JournalStore store, BackgroundExecutor executor, Clock clock, EntryTarget target, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.target = target;
        this.occurredOn = new SimpleObjectProperty<>(LocalDate.now(clock));
        this.linkedToLoop = new SimpleBooleanProperty(target != null);
        kind.addListener((observable, before, after) -> {
            if (after != EntryKind.OBSERVATION) {
                evidenceLevel.set(null);
            }
        });
        text.addListener((observable, before, after) -> problem.set(null));
    }

    /** Reads the tags already in use, so completion offers them next to the triple bottom line. */
    public void load() {
        executor.submit(() -> store.entries().allTags(), inUse -> {
            TreeSet<String> all = new TreeSet<>(Tags.TRIPLE_BOTTOM_LINE);
            all.addAll(inUse);
            knownTags.setAll(all);
        }, failure -> problem.set(failures.describe(failure)));
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> occurredOnProperty() {
        return occurredOn;
    }

    public ObjectProperty<EvidenceLevel> evidenceLevelProperty() {
        return evidenceLevel;
    }

    public BooleanBinding evidenceApplies() {
        return Bindings.equal(kind, EntryKind.OBSERVATION);
    }

    public boolean hasTarget() {
        return target != null;
    }

    public EntryTarget target() {
        return target;
    }

    public BooleanProperty linkedToLoopProperty() {
        return linkedToLoop;
    }

    public ObservableList<String> tags() {
        return readOnlyTags;
    }

    public StringProperty tagInputProperty() {
        return tagInput;
    }

    /** Known tags that start with what is typed in the tag field and are not chosen yet. */
    public List<String> tagSuggestions() {
        String typed = tagInput.get().strip().replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
        List<String> suggestions = new ArrayList<>();
        for (String known : knownTags) {
            if (known.startsWith(typed) && !tags.contains(known)) {
                suggestions.add(known);
            }
        }
        return suggestions;
    }

    /** Adds the typed tag (or the given suggestion); the domain normalises it. */
    public void addTag(String tag) {
        if (tag.replace("#", "").isBlank()) {
            tagInput.set("");
            return;
        }
        try {
            String normalised = Tags.normalise(tag);
            if (!tags.contains(normalised)) {
                tags.add(normalised);
            }
            tagInput.set("");
        } catch (DomainRuleViolation tooLong) {
            problem.set(failures.describe(InputProblem.TAG_TOO_LONG));
        }
    }

    public void addTypedTag() {
        if (!tagInput.get().isBlank()) {
            addTag(tagInput.get());
        }
    }

    public void removeTag(String tag) {
        tags.remove(tag);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Stores the entry.
     *
     * @return false when the domain rejected the input (the reason is in {@link #problemProperty()})
     */
    public boolean save(Consumer<Entry> onSaved) {
        addTypedTag();
        if (text.get() == null || text.get().isBlank()) {
            problem.set(failures.describe(InputProblem.TEXT_MISSING));
            return false;
        }
        Instant now = clock.instant();
        Entry entry;
        try {
            LocalDate day = occurredOn.get() == null ? LocalDate.now(clock) : occurredOn.get();
            entry = Entry.create(UUID.randomUUID(), kind.get(), text.get(), day, now)
                    .withTags(List.copyOf(tags), now)
                    .withEvidenceLevel(evidenceLevel.get(), now);
            if (target != null && linkedToLoop.get()) {
                entry = entry.linkedTo(target.challengeId(), target.loopId(), target.phase(), now);
            }
        } catch (DomainRuleViolation rejected) {
            problem.set(failures.describe(rejected));
            return false;
        }
        Entry toSave = entry;
        executor.submit(() -> {
            store.entries().save(toSave);
            return toSave;
        }, onSaved, failure -> problem.set(failures.describe(failure)));
        return true;
    }
}
