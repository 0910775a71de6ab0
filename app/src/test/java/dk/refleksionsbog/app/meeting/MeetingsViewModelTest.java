package dk.refleksionsbog.app.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingsViewModelTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private Autosave autosave;
    private MeetingsViewModel viewModel;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        viewModel = new MeetingsViewModel(store, executor, autosave, clock, TEMPLATES, "da");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsMeetingsLatestFirstAndOpensTheLatest() {
        store.meetings().save(Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, LocalDate.of(2026, 8, 26), clock.instant()));
        Meeting later = Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, LocalDate.of(2026, 12, 9), clock.instant());
        store.meetings().save(later);

        viewModel.load();

        assertThat(viewModel.meetings()).extracting(MeetingItem::date)
                .containsExactly(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 8, 26));
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(later.id());
        assertThat(viewModel.meetings().get(0).name()).isEqualTo("Netværksmøde");
    }

    @Test
    void aSearchHitsMeetingIsOpenedInsteadOfTheLatest() {
        Meeting earlier = Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, LocalDate.of(2026, 8, 26), clock.instant());
        store.meetings().save(earlier);
        store.meetings().save(Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, LocalDate.of(2026, 12, 9),
                clock.instant()));

        viewModel.load(earlier.id());

        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(earlier.id());
        assertThat(viewModel.sections()).isNotEmpty();
    }

    @Test
    void aMeetingThatIsGoneOpensTheLatestInstead() {
        Meeting only = Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, LocalDate.of(2026, 8, 26), clock.instant());
        store.meetings().save(only);

        viewModel.load(UUID.randomUUID());

        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(only.id());
    }

    @Test
    void aNewMeetingIsStoredAndItsDetailsAndAgendaAnswersAreAutosaved() {
        Loop loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        viewModel.load();

        viewModel.newMeeting(MeetingKind.REFLECTION);
        viewModel.titleProperty().set("Refleksionsmøde med Jonas");
        viewModel.dateProperty().set(LocalDate.of(2026, 12, 3));
        viewModel.startTimeProperty().set("13:30");
        viewModel.durationMinutesProperty().set(60);
        viewModel.locationProperty().set("Rådhuset, lokale 2");
        viewModel.participantsProperty().set("Jonas, Mette ,");
        viewModel.linkedLoopProperty().set(viewModel.loopChoices().get(0));
        AnswerField round = viewModel.sections().get(0).fields().get(0);
        round.textProperty().set("Jeg fremlagde prøvehandlingen.");
        executor.runScheduled();

        Meeting stored = store.meetings().list().get(0);
        assertThat(stored.kind()).isEqualTo(MeetingKind.REFLECTION);
        assertThat(stored.title()).isEqualTo("Refleksionsmøde med Jonas");
        assertThat(stored.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(stored.startTime()).isEqualTo(LocalTime.of(13, 30));
        assertThat(stored.durationMinutes()).isEqualTo(60);
        assertThat(stored.participants()).containsExactly("Jonas", "Mette");
        assertThat(stored.loopId()).isEqualTo(loop.id());
        assertThat(store.answers().textsByKey(stored.id())).containsEntry(round.key(), "Jeg fremlagde prøvehandlingen.");
        assertThat(viewModel.sections()).extracting(AnswerSection::id)
                .containsExactlyElementsOf(TEMPLATES.meetingGuide().stream().map(section -> section.id()).toList());
    }

    @Test
    void anUnreadableStartTimeIsExplainedAndNotSaved() {
        viewModel.load();
        viewModel.newMeeting(MeetingKind.NETWORK);

        viewModel.startTimeProperty().set("halv to");
        executor.runScheduled();

        assertThat(viewModel.problemProperty().get()).isEqualTo(
                "Starttidspunktet »halv to« kan ikke læses. Skriv det som fx 13:30. Mødet gemmes, når tidspunktet kan læses.");
        assertThat(viewModel.startTimeProperty().get()).isEqualTo("halv to");
        assertThat(store.meetings().list().get(0).startTime()).isNull();

        viewModel.startTimeProperty().set("13.30");
        executor.runScheduled();

        assertThat(viewModel.problemProperty().get()).isNull();
        assertThat(store.meetings().list().get(0).startTime()).isEqualTo(LocalTime.of(13, 30));
    }

    @Test
    void aClearedDateIsExplainedStaysEmptyAndNothingIsSavedUntilADateIsChosen() {
        viewModel.load();
        viewModel.newMeeting(MeetingKind.REFLECTION);
        Meeting created = store.meetings().list().get(0);

        viewModel.dateProperty().set(null);
        viewModel.titleProperty().set("Refleksionsmøde med Jonas");
        executor.runScheduled();

        assertThat(viewModel.problemProperty().get())
                .isEqualTo("Mødet skal have en dato. Dine ændringer gemmes, når du har valgt en dato.");
        assertThat(viewModel.dateProperty().get()).isNull();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Refleksionsmøde med Jonas");
        assertThat(store.meetings().list()).containsExactly(created);

        viewModel.dateProperty().set(LocalDate.of(2026, 12, 3));
        executor.runScheduled();

        assertThat(viewModel.problemProperty().get()).isNull();
        Meeting stored = store.meetings().list().get(0);
        assertThat(stored.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(stored.title()).isEqualTo("Refleksionsmøde med Jonas");
    }

    @Test
    void aDurationOutsideADayIsExplainedAndNotSaved() {
        viewModel.load();
        viewModel.newMeeting(MeetingKind.JOINT);

        viewModel.durationMinutesProperty().set(24 * 60 + 1);
        executor.runScheduled();

        assertThat(viewModel.problemProperty().get()).isEqualTo("Et møde skal vare mellem 1 minut og 24 timer.");
        assertThat(store.meetings().list().get(0).durationMinutes()).isEqualTo(Meeting.DEFAULT_DURATION_MINUTES);
    }

    @Test
    void inEnglishTheRefusalIsSaidInEnglish() {
        MeetingsViewModel english = new MeetingsViewModel(store, executor, autosave, clock, TEMPLATES, "en");
        english.load();
        english.newMeeting(MeetingKind.NETWORK);

        english.dateProperty().set(null);

        assertThat(english.problemProperty().get())
                .isEqualTo("The meeting needs a date. Your changes are saved once you have chosen one.");
    }

    @Test
    void savesTheMeetingAsACalendarFile() throws Exception {
        viewModel.load();
        viewModel.newMeeting(MeetingKind.NETWORK);
        viewModel.titleProperty().set("Netværksmøde, Kolding");
        viewModel.dateProperty().set(LocalDate.of(2026, 12, 9));
        viewModel.startTimeProperty().set("9:00");
        Path file = folder.resolve("møde.ics");

        viewModel.saveToCalendar(file);

        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT", "SUMMARY:Netværksmøde\\, Kolding", "DTSTART:20261209T080000Z");
        assertThat(viewModel.calendarFileSavedProperty().get()).isEqualTo(file);
        assertThat(store.meetings().list().get(0).title()).isEqualTo("Netværksmøde, Kolding");
    }

    @Test
    void deletingRemovesTheMeetingAndEmptiesTheEditor() {
        viewModel.load();
        viewModel.newMeeting(MeetingKind.JOINT);

        viewModel.deleteSelected();

        assertThat(store.meetings().list()).isEmpty();
        assertThat(viewModel.meetings()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.sections()).isEmpty();
        assertThat(List.copyOf(viewModel.meetings())).isEmpty();
    }
}
