package dk.refleksionsbog.app.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared list-and-editor of records that own answers, driven through a minimal screen over
 * meetings: its rows are title and date, its details a title (which it requires) and a date, and it
 * lists every guide section but the first.
 */
class OwnedAnswersEditorTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();
    private static final OwnerKind<Meeting> MEETINGS = new OwnerKind<>("meeting", Meeting::id, Meeting::updatedAt,
            store -> store.meetings().list().stream().sorted(Comparator.comparing(Meeting::date)).toList(),
            (store, id) -> store.meetings().find(id), (store, meeting) -> store.meetings().save(meeting),
            (store, id) -> store.meetings().delete(id), TemplateSet::meetingGuide, Autosave::edited);

    private record Row(UUID id, String title, LocalDate date) implements OwnedItem {}

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final List<String> events = new ArrayList<>();
    private JournalStore store;
    private OwnedAnswersEditor<Meeting, Row> editor;

    private final class TitleAndDate implements OwnedAnswersEditor.Screen<Meeting, Row> {
        @Override
        public Row item(Meeting meeting) {
            return new Row(meeting.id(), meeting.title(), meeting.date());
        }

        @Override
        public List<AnswerSection> show(Meeting meeting, List<AnswerSection> guide) {
            events.add("show " + meeting.title());
            title.set(meeting.title());
            date.set(meeting.date());
            return guide.subList(1, guide.size());
        }

        @Override
        public Runnable readAlongside(JournalStore journal) {
            int count = journal.meetings().list().size();
            return () -> events.add("alongside " + count);
        }
    }

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        Autosave autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        editor = new OwnedAnswersEditor<>(MEETINGS, new TitleAndDate(), store, executor, autosave, clock, TEMPLATES,
                "da");
        editor.editWith(List.of(title, date), (current, now) -> {
            if (title.get().isBlank()) {
                throw new DomainRuleViolation("This screen wants a title");
            }
            return new Meeting(current.id(), current.kind(), title.get(), date.get(), current.startTime(),
                    current.durationMinutes(), current.location(), current.participants(), current.challengeId(),
                    current.loopId(), current.createdAt(), now);
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Meeting stored(String name, LocalDate day) {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, day, clock.instant());
        meeting = new Meeting(meeting.id(), meeting.kind(), name, meeting.date(), null, meeting.durationMinutes(), "",
                List.of(), null, null, meeting.createdAt(), meeting.updatedAt());
        store.meetings().save(meeting);
        return meeting;
    }

    @Test
    void loadingListsTheRecordsInTheKindsOrderAndOpensTheFirst() {
        stored("Senere", LocalDate.of(2026, 12, 9));
        Meeting first = stored("Først", LocalDate.of(2026, 8, 26));

        editor.load(null);

        assertThat(editor.items()).extracting(Row::title).containsExactly("Først", "Senere");
        assertThat(editor.selectedProperty().get()).isEqualTo(first);
        assertThat(title.get()).isEqualTo("Først");
        assertThat(editor.isShowing(first.id())).isTrue();
    }

    @Test
    void loadingOpensTheAskedRecordOrTheFirstWhenItIsGone() {
        Meeting first = stored("Først", LocalDate.of(2026, 8, 26));
        Meeting later = stored("Senere", LocalDate.of(2026, 12, 9));

        editor.load(later.id());
        assertThat(editor.selectedProperty().get()).isEqualTo(later);

        editor.load(UUID.randomUUID());
        assertThat(editor.selectedProperty().get()).isEqualTo(first);
    }

    @Test
    void whatWaitsForARecordRunsOnceWhenItOpensOrAtOnceWhenItIsOpen() {
        Meeting first = stored("Først", LocalDate.of(2026, 8, 26));
        Meeting later = stored("Senere", LocalDate.of(2026, 12, 9));
        List<String> ran = new ArrayList<>();

        editor.whenShown(later.id(), () -> ran.add("waited for later"));
        editor.load(later.id());
        editor.select(first.id());
        editor.select(later.id());
        editor.whenShown(later.id(), () -> ran.add("later is open"));

        assertThat(ran).containsExactly("waited for later", "later is open");
    }

    @Test
    void whatWaitsForARecordIsForgottenWhenAnotherOpensFirst() {
        Meeting first = stored("Først", LocalDate.of(2026, 8, 26));
        Meeting later = stored("Senere", LocalDate.of(2026, 12, 9));
        List<String> ran = new ArrayList<>();

        editor.whenShown(later.id(), () -> ran.add("waited for later"));
        editor.load(first.id());
        editor.select(later.id());

        assertThat(ran).isEmpty();
    }

    @Test
    void whatWaitsForARecordThatIsGoneIsForgottenWhenTheFirstOpensInstead() {
        Meeting first = stored("Først", LocalDate.of(2026, 8, 26));
        Meeting gone = stored("Slettet", LocalDate.of(2026, 12, 9));
        store.meetings().delete(gone.id());
        List<String> ran = new ArrayList<>();

        editor.whenShown(gone.id(), () -> ran.add("waited for the deleted"));
        editor.load(gone.id());
        store.meetings().save(gone);
        editor.select(gone.id());

        assertThat(editor.selectedProperty().get()).isEqualTo(gone);
        assertThat(ran).isEmpty();
    }

    @Test
    void anEmptyListOpensNothingAndShowsNoSections() {
        editor.load(null);

        assertThat(editor.items()).isEmpty();
        assertThat(editor.selectedProperty().get()).isNull();
        assertThat(editor.sections()).isEmpty();
        assertThat(events).containsExactly("alongside 0");
    }

    @Test
    void whatIsReadAlongsideIsShownBeforeTheRecordIsOpened() {
        stored("Først", LocalDate.of(2026, 8, 26));

        editor.load(null);

        assertThat(events).containsExactly("alongside 1", "show Først");
    }

    @Test
    void theScreenDecidesWhichGuideSectionsAreListedAndTheyHoldTheStoredAnswers() {
        Meeting meeting = stored("Først", LocalDate.of(2026, 8, 26));
        editor.load(null);
        AnswerField field = editor.sections().get(0).fields().get(0);
        field.textProperty().set("Vi talte om pauser.");
        executor.runScheduled();

        editor.load(meeting.id());

        List<String> guide = TEMPLATES.meetingGuide().stream().map(section -> section.id()).toList();
        assertThat(editor.sections()).extracting(AnswerSection::id)
                .containsExactlyElementsOf(guide.subList(1, guide.size()));
        assertThat(editor.sections().get(0).fields().get(0).textProperty().get()).isEqualTo("Vi talte om pauser.");
        assertThat(store.answers().textsByKey(meeting.id())).containsEntry(field.key(), "Vi talte om pauser.");
    }

    @Test
    void aNewRecordIsStoredListedAndOpened() {
        editor.load(null);
        Meeting created = Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, LocalDate.of(2027, 1, 5),
                clock.instant());

        editor.create(created);

        assertThat(store.meetings().find(created.id())).isPresent();
        assertThat(editor.items()).extracting(Row::id).containsExactly(created.id());
        assertThat(editor.selectedProperty().get()).isEqualTo(created);
    }

    @Test
    void anEditOfTheDetailsIsAutosavedAndShownInTheListAtOnce() {
        Meeting meeting = stored("Først", LocalDate.of(2026, 8, 26));
        editor.load(null);
        clock.advance(Duration.ofMinutes(5));

        title.set("Fælles møde om fravær");

        assertThat(editor.items()).extracting(Row::title).containsExactly("Fælles møde om fravær");
        assertThat(editor.selectedProperty().get().title()).isEqualTo("Fælles møde om fravær");
        executor.runScheduled();
        Meeting saved = store.meetings().find(meeting.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Fælles møde om fravær");
        assertThat(saved.updatedAt()).isEqualTo(Instant.parse("2026-11-23T09:05:00Z"));
    }

    @Test
    void anEditIsNeverStampedBeforeTheRecordsLastChange() {
        Meeting meeting = stored("Først", LocalDate.of(2026, 8, 26));
        Meeting fromTheFuture = new Meeting(meeting.id(), meeting.kind(), meeting.title(), meeting.date(), null,
                meeting.durationMinutes(), "", List.of(), null, null, meeting.createdAt(),
                Instant.parse("2026-11-24T09:00:00Z"));
        store.meetings().save(fromTheFuture);
        editor.load(null);

        title.set("Ny titel");

        assertThat(editor.selectedProperty().get().updatedAt()).isEqualTo(fromTheFuture.updatedAt());
    }

    @Test
    void aRejectedEditIsExplainedAndNeitherShownNorSaved() {
        Meeting meeting = stored("Først", LocalDate.of(2026, 8, 26));
        editor.load(null);

        title.set(" ");
        executor.runScheduled();

        assertThat(editor.problemProperty().get())
                .isEqualTo("Det lod sig ikke gøre. (Teknisk besked: This screen wants a title)");
        assertThat(editor.selectedProperty().get()).isEqualTo(meeting);
        assertThat(store.meetings().find(meeting.id()).orElseThrow()).isEqualTo(meeting);

        title.set("Først igen");
        assertThat(editor.problemProperty().get()).isNull();
    }

    @Test
    void showingARecordIsNotAnEdit() {
        stored("Først", LocalDate.of(2026, 8, 26));
        Meeting later = stored("Senere", LocalDate.of(2026, 12, 9));
        editor.load(null);

        editor.select(later.id());

        assertThat(executor.hasScheduled()).isFalse();
        assertThat(store.meetings().find(later.id()).orElseThrow()).isEqualTo(later);
    }

    @Test
    void openingARecordThatIsGoneIsExplained() {
        stored("Først", LocalDate.of(2026, 8, 26));
        editor.load(null);

        editor.select(UUID.randomUUID());

        assertThat(editor.problemProperty().get()).isEqualTo(
                "Det, du ville åbne, findes ikke længere i journalen. Det kan være slettet i mellemtiden.");
    }

    @Test
    void deletingOpensTheFirstRecordLeftOrEmptiesTheEditor() {
        Meeting first = stored("Først", LocalDate.of(2026, 8, 26));
        Meeting later = stored("Senere", LocalDate.of(2026, 12, 9));
        editor.load(later.id());

        editor.deleteSelected();

        assertThat(store.meetings().find(later.id())).isEmpty();
        assertThat(editor.items()).extracting(Row::id).containsExactly(first.id());
        assertThat(editor.selectedProperty().get()).isEqualTo(first);

        editor.deleteSelected();

        assertThat(editor.items()).isEmpty();
        assertThat(editor.selectedProperty().get()).isNull();
        assertThat(editor.sections()).isEmpty();
    }
}
