package dk.refleksionsbog.app.journal;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.progress.ChallengeChoice;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal timeline: entries newest first in ISO weeks, filtered by kind, tag and challenge,
 * read a page at a time. The selected entry's text can be edited and is autosaved.
 */
public final class JournalViewModel {
    public static final int PAGE = 200;

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Autosave autosave;
    private final Clock clock;
    private final Function<Phase, String> phaseTitles;
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<ChallengeChoice> challenge = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<ChallengeChoice> challenges = FXCollections.observableArrayList();
    private final ObservableList<WeekGroup> weeks = FXCollections.observableArrayList();
    private final ObservableList<WeekGroup> readOnlyWeeks = FXCollections.unmodifiableObservableList(weeks);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<JournalCard> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final List<JournalCard> cards = new ArrayList<>();
    private Map<UUID, String> challengeTitles = Map.of();
    private Entry editing;
    private boolean showing;
    private long latestRead;

    public JournalViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            Function<Phase, String> phaseTitles, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.phaseTitles = phaseTitles;
        kind.addListener((observable, before, after) -> reload());
        tag.addListener((observable, before, after) -> reload());
        challenge.addListener((observable, before, after) -> reload());
        text.addListener((observable, before, after) -> edited(after));
    }

    /** Reads the filter choices and the first page. */
    public void load() {
        executor.submit(() -> new Choices(store.entries().allTags(), store.challenges().list()), read -> {
            tags.setAll(read.tags());
            challenges.setAll(read.challenges().stream().map(found -> new ChallengeChoice(found.id(), found.title())).toList());
            reload();
        }, failure -> problem.set(failures.describe(failure)));
    }

    private record Choices(List<String> tags, List<Challenge> challenges) {}

    // ---- outputs ----

    public ObservableList<WeekGroup> weeks() {
        return readOnlyWeeks;
    }

    /** True when more entries than are shown match the filters. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<String> tags() {
        return FXCollections.unmodifiableObservableList(tags);
    }

    public ObservableList<ChallengeChoice> challenges() {
        return FXCollections.unmodifiableObservableList(challenges);
    }

    public ReadOnlyObjectProperty<JournalCard> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected entry's text; typing here is autosaved. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- filters and commands ----

    /** Only this kind; null for all. */
    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObjectProperty<ChallengeChoice> challengeProperty() {
        return challenge;
    }

    public void clearFilters() {
        kind.set(null);
        tag.set(null);
        challenge.set(null);
    }

    /** Reads the next page behind the entries shown. */
    public void loadMore() {
        read(cards.size());
    }

    /** Reads the timeline again from the top, as after an entry was written elsewhere. */
    public void reload() {
        autosave.flush();
        read(0);
    }

    private void read(int offset) {
        long number = ++latestRead;
        EntryQuery query = new EntryQuery(kind.get(), tag.get(),
                challenge.get() == null ? null : challenge.get().id(), null, offset, PAGE + 1);
        executor.submit(() -> readPage(query), page -> {
            if (number != latestRead) {
                return;
            }
            if (offset == 0) {
                cards.clear();
            }
            boolean more = page.size() > PAGE;
            cards.addAll(more ? page.subList(0, PAGE) : page);
            hasMore.set(more);
            problem.set(null);
            regroup();
            loaded.set(true);
        }, failure -> problem.set(failures.describe(failure)));
    }

    private List<JournalCard> readPage(EntryQuery query) {
        return readCards(store.entries().list(query));
    }

    private List<JournalCard> readCards(List<Entry> entries) {
        if (challengeTitles.isEmpty()) {
            Map<UUID, String> titles = new HashMap<>();
            store.challenges().list().forEach(found -> titles.put(found.id(), found.title()));
            challengeTitles = titles;
        }
        Map<UUID, Integer> loopNumbers = new HashMap<>();
        List<JournalCard> page = new ArrayList<>();
        for (Entry entry : entries) {
            Integer loopNumber = entry.loopId() == null ? null : loopNumbers.computeIfAbsent(entry.loopId(),
                    id -> store.loops().find(id).map(Loop::number).orElse(null));
            page.add(new JournalCard(entry, entry.challengeId() == null ? null : challengeTitles.get(entry.challengeId()),
                    loopNumber, entry.phase() == null ? null : phaseTitles.apply(entry.phase())));
        }
        return page;
    }

    private void regroup() {
        Map<LocalDate, List<JournalCard>> byWeek = new LinkedHashMap<>();
        for (JournalCard card : cards) {
            byWeek.computeIfAbsent(WeekGroup.mondayOf(card.entry().occurredOn()), monday -> new ArrayList<>()).add(card);
        }
        weeks.setAll(byWeek.entrySet().stream()
                .map(week -> new WeekGroup(WeekGroup.weekOf(week.getKey()), week.getKey(), week.getValue()))
                .toList());
    }

    private Optional<JournalCard> find(UUID entryId) {
        return cards.stream().filter(card -> card.entry().id().equals(entryId)).findFirst();
    }

    /** Chooses an entry by its id, even one beyond the pages read, as a search hit is opened. */
    public void selectEntry(UUID entryId) {
        executor.submit(() -> store.entries().find(entryId).map(entry -> readCards(List.of(entry)).get(0)),
                found -> found.ifPresent(this::select), failure -> problem.set(failures.describe(failure)));
    }

    /** Shows an entry for editing; null to show none. */
    public void select(JournalCard card) {
        autosave.flush();
        if (editing != null) {
            regroup();
        }
        JournalCard fresh = card == null ? null : find(card.entry().id()).orElse(card);
        editing = fresh == null ? null : fresh.entry();
        showing = true;
        try {
            text.set(fresh == null ? "" : fresh.entry().text());
        } finally {
            showing = false;
        }
        selected.set(fresh);
    }

    /** Shows a text put back from the history; it is saved like typing. */
    public void restored(String restoredText) {
        text.set(restoredText);
    }

    private void edited(String typed) {
        if (showing || editing == null || typed == null || typed.isBlank() || typed.equals(editing.text())) {
            return;
        }
        Instant now = clock.instant();
        Entry changed = editing.withText(typed, now.isBefore(editing.updatedAt()) ? editing.updatedAt() : now);
        editing = changed;
        for (int i = 0; i < cards.size(); i++) {
            JournalCard card = cards.get(i);
            if (card.entry().id().equals(changed.id())) {
                cards.set(i, new JournalCard(changed, card.challengeTitle(), card.loopNumber(), card.phaseTitle()));
            }
        }
        autosave.edited(changed);
    }
}
