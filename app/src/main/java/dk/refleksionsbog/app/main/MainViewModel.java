package dk.refleksionsbog.app.main;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.autosave.SaveState;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.main.SidebarItem.ChallengeItem;
import dk.refleksionsbog.app.main.SidebarItem.LoopItem;
import dk.refleksionsbog.app.main.SidebarItem.Place;
import dk.refleksionsbog.app.settings.Settings;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window: the sidebar's challenges and loops, which item is shown, the save state and
 * the app-wide settings the menus change.
 */
public final class MainViewModel {
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Autosave autosave;
    private final Settings settings;
    private final JournalSwitcher journals;

    private final ObservableList<ChallengeItem> challenges = FXCollections.observableArrayList();
    private final ObservableList<ChallengeItem> readOnlyChallenges = FXCollections.unmodifiableObservableList(challenges);
    private final ReadOnlyObjectWrapper<SidebarItem> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper entryRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<TextFocus> challengeToEdit = new ReadOnlyObjectWrapper<>();
    private LoopFocus pendingFocus;
    private final Map<Destination, TextFocus> pendingTexts = new EnumMap<>(Destination.class);

    public MainViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Settings settings,
            JournalSwitcher journals, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.settings = settings;
        this.journals = journals;
    }

    public ObservableList<ChallengeItem> challenges() {
        return readOnlyChallenges;
    }

    /** The item shown in the centre; changes only when the leader (or a command) picks another one. */
    public ReadOnlyObjectProperty<SidebarItem> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** True once the sidebar has been read from the journal the first time. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** A storage problem to show the leader; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return autosave.stateProperty();
    }

    public Settings settings() {
        return settings;
    }

    public Path journalPath() {
        return store.path();
    }

    public boolean isExampleJournal() {
        return journals.isExample(store.path());
    }

    /** Reads the sidebar, then shows the remembered item (or the welcome on an empty journal). */
    public void load() {
        load(Runnable::run);
    }

    /**
     * Reads the sidebar, then hands the showing of the remembered item to {@code firstScreen}, so
     * the window's first frame can show the sidebar before the screen is built. An item the leader
     * picked meanwhile stays shown.
     */
    public void load(Executor firstScreen) {
        reload(() -> firstScreen.execute(() -> {
            if (selection.get() == null) {
                selection.set(initialSelection());
            }
        }));
    }

    /** Reads the sidebar again after a change elsewhere; the selection stays where it is. */
    public void refresh() {
        reload(() -> { });
    }

    private void reload(Runnable then) {
        executor.submit(this::readSidebar, data -> {
            challenges.setAll(data);
            problem.set(null);
            loaded.set(true);
            then.run();
        }, failure -> problem.set(failures.describe(failure)));
    }

    private List<ChallengeItem> readSidebar() {
        List<ChallengeItem> items = new ArrayList<>();
        for (Challenge challenge : store.challenges().list()) {
            List<LoopItem> loops = store.loops().listByChallenge(challenge.id()).stream()
                    .map(MainViewModel::itemOf)
                    .toList();
            items.add(new ChallengeItem(challenge.id(), challenge.title(), challenge.sharedBy(), loops));
        }
        return items;
    }

    private static LoopItem itemOf(Loop loop) {
        return new LoopItem(loop.id(), loop.challengeId(), loop.number(), loop.currentPhase(), loop.isFinished());
    }

    private SidebarItem initialSelection() {
        Optional<SidebarItem> remembered = find(settings.current().lastSelection());
        if (remembered.isPresent()) {
            return remembered.get();
        }
        if (challenges.isEmpty()) {
            return new Place(Destination.WELCOME);
        }
        ChallengeItem newest = challenges.get(challenges.size() - 1);
        return newest.currentLoop().<SidebarItem>map(loop -> loop).orElse(newest);
    }

    /** The sidebar item with this key, as the sidebar knows it now. */
    public Optional<SidebarItem> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (Destination destination : Destination.values()) {
            if (new Place(destination).key().equals(key)) {
                return Optional.of(new Place(destination));
            }
        }
        for (ChallengeItem challenge : challenges) {
            if (challenge.key().equals(key)) {
                return Optional.of(challenge);
            }
            for (LoopItem loop : challenge.loops()) {
                if (loop.key().equals(key)) {
                    return Optional.of(loop);
                }
            }
        }
        return Optional.empty();
    }

    /** Shows another item; what was typed on the current one is saved first. */
    public void select(SidebarItem item) {
        if (item == null || sameKey(item, selection.get())) {
            return;
        }
        autosave.flush();
        selection.set(item);
        settings.update(current -> current.withLastSelection(item.key()));
    }

    private static boolean sameKey(SidebarItem a, SidebarItem b) {
        return a != null && b != null && a.key().equals(b.key());
    }

    public void select(Destination destination) {
        select(new Place(destination));
    }

    /** Shows a loop, reading the sidebar first when the loop is new to it. */
    public void showLoop(UUID loopId) {
        String key = "loop:" + loopId;
        Optional<SidebarItem> known = find(key);
        if (known.isPresent()) {
            select(known.get());
            refresh();
        } else {
            reload(() -> find(key).ifPresent(this::select));
        }
    }

    /** Shows a loop at a phase with one of its texts selected, as a search hit is opened. */
    public void openInLoop(LoopFocus focus) {
        pendingFocus = focus;
        showLoop(focus.loopId());
    }

    /**
     * Shows a screen (the journal, the meetings, the job visits) with this record open and its
     * words selected, as a search hit is opened.
     */
    public void openAt(Destination screen, TextFocus text) {
        pendingTexts.put(screen, text);
        select(screen);
    }

    /** The record to open when the screen's view is built next; given out once. */
    public Optional<TextFocus> takeTextFocus(Destination screen) {
        return Optional.ofNullable(pendingTexts.remove(screen));
    }

    /** Shows the challenge in the sidebar and opens its details with the words selected. */
    public void openChallenge(TextFocus challenge) {
        find("challenge:" + challenge.ownerId()).ifPresent(this::select);
        editChallenge(challenge);
    }

    /** Asks the window to open the challenge's details for editing. */
    public void editChallenge(TextFocus challenge) {
        autosave.flush();
        challengeToEdit.set(challenge);
    }

    /** Opens the details of the challenge shown now (the selected one, or the selected loop's). */
    public void editShownChallenge() {
        shownChallenge().ifPresent(id -> editChallenge(new TextFocus(id, null, "")));
    }

    /** The challenge whose details are asked for; null when none is. */
    public ReadOnlyObjectProperty<TextFocus> challengeToEditProperty() {
        return challengeToEdit.getReadOnlyProperty();
    }

    /** The details were closed: what was typed is saved and the sidebar shows the new title. */
    public void challengeEditClosed() {
        autosave.flush();
        challengeToEdit.set(null);
        refresh();
    }

    /** The challenge of the selected item; empty on the fixed places. */
    public Optional<UUID> shownChallenge() {
        SidebarItem shown = selection.get();
        if (shown instanceof ChallengeItem challenge) {
            return Optional.of(challenge.challengeId());
        }
        if (shown instanceof LoopItem loop) {
            return Optional.of(loop.challengeId());
        }
        return Optional.empty();
    }

    /**
     * Words to select in a text once its screen is built.
     *
     * @param ownerId the entry, meeting, job visit or challenge
     * @param fieldKey the answer's template key; null for an entry's or challenge's own text
     * @param selectText the words to select; may be empty
     */
    public record TextFocus(UUID ownerId, String fieldKey, String selectText) {}

    /** The place to focus when the loop's view is built next; given out once. */
    public Optional<LoopFocus> takeFocus(UUID loopId) {
        LoopFocus focus = pendingFocus;
        if (focus == null || !focus.loopId().equals(loopId)) {
            return Optional.empty();
        }
        pendingFocus = null;
        return Optional.of(focus);
    }

    /**
     * @param fieldKey the answer's template key; null for an entry of the loop
     * @param selectText the words to select in the answer; may be empty
     */
    public record LoopFocus(UUID loopId, Phase phase, String fieldKey, String selectText) {}

    /** Counts entries written in this window, so screens that list entries know to read them again. */
    public ReadOnlyIntegerProperty entryRevisionProperty() {
        return entryRevision.getReadOnlyProperty();
    }

    public void entrySaved() {
        entryRevision.set(entryRevision.get() + 1);
        refresh();
    }

    /** Where a quick entry belongs: the loop shown now, in its current phase. */
    public Optional<EntryTarget> entryTarget() {
        SidebarItem shown = selection.get();
        if (shown instanceof ChallengeItem challenge) {
            shown = challenge.currentLoop().orElse(null);
        }
        if (shown instanceof LoopItem loop) {
            Optional<SidebarItem> fresh = find(loop.key());
            LoopItem current = fresh.isPresent() && fresh.get() instanceof LoopItem item ? item : loop;
            String title = challengeOf(current).map(ChallengeItem::title).orElse("");
            return Optional.of(new EntryTarget(current.challengeId(), title, current.loopId(), current.number(),
                    current.phase()));
        }
        return Optional.empty();
    }

    /**
     * Where a new entry is linked: the shown loop, unless it is someone else's loop shared with the
     * user. Notes of one's own never go into another leader's loop; they would have no place in the
     * comments sent back, and the owner's import would not know the text a comment on them is about.
     */
    public Optional<EntryTarget> quickEntryTarget() {
        return entryTarget().filter(target -> challenges.stream().noneMatch(
                challenge -> challenge.challengeId().equals(target.challengeId()) && challenge.sharedBy() != null));
    }

    public Optional<ChallengeItem> challengeOf(LoopItem loop) {
        return challenges.stream().filter(challenge -> challenge.challengeId().equals(loop.challengeId())).findFirst();
    }

    public void useTheme(Theme theme) {
        settings.update(current -> current.withTheme(theme));
    }

    public void switchTheme() {
        useTheme(settings.current().theme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    public void useLanguage(String language) {
        autosave.flush();
        settings.update(current -> current.withLanguage(language));
    }

    public void useTextSize(int percent) {
        settings.update(current -> current.withTextSize(percent));
    }

    public void biggerText() {
        stepTextSize(1);
    }

    public void smallerText() {
        stepTextSize(-1);
    }

    private void stepTextSize(int direction) {
        List<Integer> sizes = dk.refleksionsbog.app.settings.UiSettings.TEXT_SIZES;
        int index = sizes.indexOf(settings.current().textSizePercent()) + direction;
        useTextSize(sizes.get(Math.max(0, Math.min(sizes.size() - 1, index))));
    }

    public void openJournal(Path journal) {
        autosave.flush();
        journals.open(journal, problem::set);
    }

    public void openExampleJournal() {
        autosave.flush();
        journals.openExample(problem::set);
    }

    public void openOwnJournal() {
        autosave.flush();
        journals.openDefault(problem::set);
    }

    /** Saves everything typed; the window calls this before it closes. */
    public void flush() {
        autosave.flush();
    }

    /** A loop, its challenge and phase: where an entry written now is linked. */
    public record EntryTarget(UUID challengeId, String challengeTitle, UUID loopId, int loopNumber, Phase phase) {}
}
