package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The part that the meetings and the job-visits screens share: a list of records that own guide
 * answers, and the editor of the selected one. Creating, opening and deleting a record reads the
 * list again and opens the right one; the selected record's guide becomes autosaved answer
 * sections; an edit of its details is checked, autosaved and shown in the list at once.
 *
 * <p>The screen's view model keeps what is its own (the detail properties and how they map to the
 * record) and hands it over as a {@link Screen}.
 *
 * @param <T> the record that owns the answers
 * @param <I> a row of the list
 */
public final class OwnedAnswersEditor<T, I extends OwnedItem> {

    /** What one screen adds to the shared editor. */
    public interface Screen<T, I> {
        /** The list row of a record; called on the FX thread once the wording is known. */
        I item(T record);

        /**
         * Puts the record's details into the screen's properties and returns the sections the
         * editor lists (all of the guide, or the ones the screen does not show apart).
         */
        List<AnswerSection> show(T record, List<AnswerSection> guide);

        /**
         * Reads, in the background with the list, what else the screen offers (e.g. loops to link
         * to); the returned action shows it on the FX thread, before the record is opened.
         */
        default Runnable readAlongside(JournalStore store) {
            return () -> { };
        }
    }

    private record Overview<T>(List<T> records, String strategyName, Runnable alongside) {}

    private record Opened<T>(T record, List<Answer> answers) {}

    private final OwnerKind<T> kind;
    private final Screen<T, I> screen;
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Autosave autosave;
    private final Clock clock;
    private final TemplateSet templates;
    private final String language;

    private final ObservableList<I> items = FXCollections.observableArrayList();
    private final ObservableList<I> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<AnswerSection> sections = FXCollections.observableArrayList();
    private final ObservableList<AnswerSection> readOnlySections = FXCollections.unmodifiableObservableList(sections);
    private final ReadOnlyObjectWrapper<T> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Wording wording;
    private boolean showing;

    public OwnedAnswersEditor(OwnerKind<T> kind, Screen<T, I> screen, JournalStore store, BackgroundExecutor executor,
            Autosave autosave, Clock clock, TemplateSet templates, String language) {
        this.kind = kind;
        this.screen = screen;
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.templates = templates;
        this.language = language;
    }

    // ---- outputs ----

    public ObservableList<I> items() {
        return readOnlyItems;
    }

    /** The selected record's guide sections that the screen lists. */
    public ObservableList<AnswerSection> sections() {
        return readOnlySections;
    }

    /** The record in the editor, as last edited; null when none is selected. */
    public ReadOnlyObjectProperty<T> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public UUID idOf(T record) {
        return kind.id().apply(record);
    }

    /** Whether this record is open and its sections are built. */
    public boolean isShowing(UUID id) {
        T shown = selected.get();
        return shown != null && idOf(shown).equals(id) && !sections.isEmpty();
    }

    /**
     * Runs the action once this record is open and its sections are built (at once if it is). If
     * another record opens first (this one is gone, or the leader chose another), the action is
     * dropped: it must not fire later, when the leader opens this record for some other reason.
     */
    public void whenShown(UUID id, Runnable action) {
        if (isShowing(id)) {
            action.run();
            return;
        }
        readOnlySections.addListener(new ListChangeListener<AnswerSection>() {
            @Override
            public void onChanged(Change<? extends AnswerSection> change) {
                if (readOnlySections.isEmpty()) {
                    return;
                }
                readOnlySections.removeListener(this);
                if (isShowing(id)) {
                    action.run();
                }
            }
        });
    }

    /** Why the last edit or command was not carried out; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The journal's wording for the template's labels; null until the list is read. */
    public Wording wording() {
        return wording;
    }

    // ---- commands ----

    /** Reads the list and opens this record (a search hit's), or the first when it is gone or null. */
    public void load(UUID id) {
        executor.submit(this::readOverview, overview -> {
            showOverview(overview);
            overview.records().stream().filter(record -> idOf(record).equals(id)).findFirst()
                    .or(() -> overview.records().stream().findFirst())
                    .ifPresent(record -> select(idOf(record)));
        }, this::failed);
    }

    /** Stores a new record and opens it; what was typed before is saved first. */
    public void create(T created) {
        autosave.flush();
        executor.submit(() -> {
            kind.save().accept(store, created);
            return readOverview();
        }, overview -> {
            showOverview(overview);
            select(idOf(created));
        }, this::failed);
    }

    /** Opens a record in the editor; what was typed on the previous one is saved first. */
    public void select(UUID id) {
        autosave.flush();
        executor.submit(() -> new Opened<>(kind.find().apply(store, id)
                .orElseThrow(() -> new DomainRuleViolation(DomainRuleViolation.Kind.NO_LONGER_IN_JOURNAL,
                        "The " + kind.name() + " is no longer in this journal")),
                store.answers().listByOwner(id)), this::show, this::failed);
    }

    /** Deletes the selected record with its answers and opens the first one left. */
    public void deleteSelected() {
        T record = selected.get();
        if (record == null) {
            return;
        }
        autosave.flush();
        executor.submit(() -> {
            kind.delete().accept(store, idOf(record));
            return readOverview();
        }, overview -> {
            selected.set(null);
            sections.clear();
            showOverview(overview);
            overview.records().stream().findFirst().ifPresent(first -> select(idOf(first)));
        }, this::failed);
    }

    /**
     * Turns every change of these detail properties into an edit of the selected record: the
     * change makes the edited record from the current one and the time of the edit, or throws
     * {@link DomainRuleViolation}, which is explained instead of saved. Changes made while a record
     * is being shown are not edits.
     */
    public void editWith(List<? extends ObservableValue<?>> details, BiFunction<T, Instant, T> change) {
        ChangeListener<Object> edited = (observable, before, after) -> detailsEdited(change);
        details.forEach(property -> property.addListener(edited));
    }

    /** Explains why something the screen itself does was not carried out. */
    public void failed(Exception failure) {
        problem.set(FailureTexts.forLanguage(language).describe(failure));
    }

    /** Something the screen itself does was carried out: an earlier problem no longer stands. */
    public void succeeded() {
        problem.set(null);
    }

    // ---- internals ----

    private Overview<T> readOverview() {
        return new Overview<>(kind.list().apply(store), store.journal().strategyName(), screen.readAlongside(store));
    }

    private void showOverview(Overview<T> overview) {
        wording = templates.wording(language, overview.strategyName());
        overview.alongside().run();
        items.setAll(overview.records().stream().map(screen::item).toList());
    }

    private void show(Opened<T> opened) {
        T record = opened.record();
        showing = true;
        try {
            selected.set(record);
            AnswerFields answers = new AnswerFields(idOf(record), opened.answers(), autosave, clock, wording, false);
            List<AnswerSection> guide = kind.guide().apply(templates).stream()
                    .map(section -> section(section, answers)).toList();
            sections.setAll(screen.show(record, guide));
            problem.set(null);
        } finally {
            showing = false;
        }
    }

    private AnswerSection section(Section section, AnswerFields answers) {
        return new AnswerSection(section.id(), wording.title(section), wording.intro(section).orElse(""),
                wording.guidance(section), answers.fields(section.fields()));
    }

    private void detailsEdited(BiFunction<T, Instant, T> change) {
        T current = selected.get();
        if (showing || current == null) {
            return;
        }
        Instant updatedAt = kind.updatedAt().apply(current);
        Instant now = clock.instant().isBefore(updatedAt) ? updatedAt : clock.instant();
        T changed;
        try {
            changed = Objects.requireNonNull(change.apply(current, now));
        } catch (DomainRuleViolation rejected) {
            problem.set(FailureTexts.forLanguage(language).describe(rejected));
            return;
        }
        problem.set(null);
        selected.set(changed);
        kind.autosave().accept(autosave, changed);
        UUID id = idOf(changed);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                items.set(i, screen.item(changed));
            }
        }
    }
}
