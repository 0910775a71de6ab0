package dk.refleksionsbog.app.jobvisit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobVisitsViewModelTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private JobVisitsViewModel viewModel;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        Autosave autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        viewModel = new JobVisitsViewModel(store, executor, autosave, clock, TEMPLATES, "da");
        viewModel.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewVisitIsStoredWithItsDetailsFormsAndAnswers() {
        viewModel.newVisit(VisitRole.GUEST);
        viewModel.partnerProperty().set("Lene Holm, Børn og Unge");
        viewModel.dateProperty().set(LocalDate.of(2027, 1, 14));
        viewModel.activityProperty().set("Personalemøde om fravær");
        viewModel.formProperty(LeadershipForm.DATA_INFORMED).set(true);
        viewModel.formProperty(LeadershipForm.RELATIONAL).set(true);
        AnswerField firstExpectation = viewModel.sections().stream()
                .filter(section -> section.id().equals("jobVisit.expectations")).findFirst().orElseThrow().fields().get(0);
        firstExpectation.textProperty().set("Hvad vil du gerne have feedback på?");
        AnswerField perceived = viewModel.leadershipProperty().get().fields().get(2);
        perceived.textProperty().set("Medarbejderne oplevede ro.");
        executor.runScheduled();

        JobVisit stored = store.jobVisits().list().get(0);
        assertThat(stored.role()).isEqualTo(VisitRole.GUEST);
        assertThat(stored.partner()).isEqualTo("Lene Holm, Børn og Unge");
        assertThat(stored.date()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(stored.activity()).isEqualTo("Personalemøde om fravær");
        assertThat(stored.leadershipForms()).containsExactly(LeadershipForm.DATA_INFORMED, LeadershipForm.RELATIONAL);
        assertThat(store.answers().textsByKey(stored.id()))
                .containsEntry(firstExpectation.key(), "Hvad vil du gerne have feedback på?")
                .containsEntry("jobVisit.leadership.perceived", "Medarbejderne oplevede ro.");
    }

    @Test
    void theGuideShowsSixExpectationQuestionsAndTheLeadershipTripleApart() {
        viewModel.newVisit(VisitRole.HOST);

        AnswerSection expectations = viewModel.sections().stream()
                .filter(section -> section.id().equals("jobVisit.expectations")).findFirst().orElseThrow();
        assertThat(expectations.fields()).hasSize(6);
        assertThat(viewModel.sections()).extracting(AnswerSection::id)
                .doesNotContain("jobVisit.hostRole", "jobVisit.guestRole", "jobVisit.leadership");
        assertThat(viewModel.leadershipProperty().get().fields()).extracting(AnswerField::key)
                .containsExactly("jobVisit.leadership.intended", "jobVisit.leadership.actual",
                        "jobVisit.leadership.perceived");
    }

    @Test
    void whenTheQuestionsOfAnOpenedVisitArriveItsDetailsAndLeadershipTripleAreAlreadyThere() {
        viewModel.newVisit(VisitRole.HOST);
        viewModel.partnerProperty().set("Jonas");
        UUID first = viewModel.selectedProperty().get().id();
        viewModel.newVisit(VisitRole.GUEST);
        // The view rebuilds the editor when the questions change; it must not see the previous visit's triple.
        List<String> seenByTheView = new ArrayList<>();
        viewModel.sections().addListener((ListChangeListener<AnswerSection>) change ->
                seenByTheView.add(viewModel.partnerProperty().get() + " " + viewModel.leadershipProperty().get()));

        viewModel.select(first);

        assertThat(seenByTheView).containsExactly("Jonas " + viewModel.leadershipProperty().get());
    }

    @Test
    void theRoleGuidanceFollowsTheChosenRoleAndTheRoleIsSaved() {
        viewModel.newVisit(VisitRole.HOST);
        assertThat(viewModel.roleGuidanceProperty().get().id()).isEqualTo("jobVisit.hostRole");
        assertThat(viewModel.roleGuidanceProperty().get().guidance()).isNotEmpty();

        viewModel.roleProperty().set(VisitRole.GUEST);
        executor.runScheduled();

        assertThat(viewModel.roleGuidanceProperty().get().id()).isEqualTo("jobVisit.guestRole");
        assertThat(store.jobVisits().list().get(0).role()).isEqualTo(VisitRole.GUEST);
    }

    @Test
    void reopeningAVisitShowsWhatWasSaved() {
        viewModel.newVisit(VisitRole.HOST);
        viewModel.partnerProperty().set("Jonas");
        viewModel.formProperty(LeadershipForm.VISION).set(true);
        executor.runScheduled();

        JobVisitsViewModel reopened = new JobVisitsViewModel(store, executor,
                new Autosave(store, executor, clock, Duration.ofMillis(600)), clock, TEMPLATES, "da");
        reopened.load();

        assertThat(reopened.visits()).extracting(JobVisitItem::partner).containsExactly("Jonas");
        assertThat(reopened.partnerProperty().get()).isEqualTo("Jonas");
        assertThat(reopened.formProperty(LeadershipForm.VISION).get()).isTrue();
        assertThat(reopened.formProperty(LeadershipForm.RELATIONAL).get()).isFalse();
    }

    @Test
    void aSearchHitsVisitIsOpenedInsteadOfTheLatest() {
        JobVisit first = JobVisit.create(UUID.randomUUID(), VisitRole.HOST, "Jonas", clock.instant());
        store.jobVisits().save(first);
        store.jobVisits().save(JobVisit.create(UUID.randomUUID(), VisitRole.GUEST, "Lene", clock.instant()));

        viewModel.load(first.id());

        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(first.id());
        assertThat(viewModel.partnerProperty().get()).isEqualTo("Jonas");
    }

    @Test
    void deletingRemovesTheVisit() {
        viewModel.newVisit(VisitRole.HOST);

        viewModel.deleteSelected();

        assertThat(store.jobVisits().list()).isEmpty();
        assertThat(viewModel.visits()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
    }
}
