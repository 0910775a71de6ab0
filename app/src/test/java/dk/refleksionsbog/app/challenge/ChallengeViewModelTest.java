package dk.refleksionsbog.app.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.challenge.ChallengeViewModel.TitleProblem;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChallengeViewModelTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private Autosave autosave;
    private UUID challengeId;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        Loop loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        challengeId = loop.challengeId();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChallengeViewModel viewModel(String language) {
        ChallengeViewModel viewModel = new ChallengeViewModel(store, executor, autosave, clock, TEMPLATES, language,
                challengeId);
        viewModel.load();
        return viewModel;
    }

    private ChallengeText text(ChallengeViewModel viewModel, String key) {
        return viewModel.texts().stream().filter(text -> text.key().equals(key)).findFirst().orElseThrow();
    }

    private Challenge stored() {
        return store.challenges().find(challengeId).orElseThrow();
    }

    @Test
    void showsTheChallengesTextsUnderTheTemplatesLabelsInItsLanguage() {
        assertThat(viewModel("da").texts()).extracting(ChallengeText::label)
                .containsExactly("Beskrivelse", "Strategisk intention", "Læringsbehov", "Ressourcer");
        ChallengeViewModel english = viewModel("en");
        assertThat(english.texts()).extracting(ChallengeText::label)
                .containsExactly("Description", "Strategic intention", "Learning need", "Resources");
        assertThat(english.titleProperty().get()).isEqualTo("Mødekultur");
        assertThat(english.titleLabelProperty().get()).isEqualTo("Title");
    }

    @Test
    void everyEditIsAutosavedWhenTypingPauses() {
        ChallengeViewModel viewModel = viewModel("da");

        viewModel.titleProperty().set("Mødekultur i ledergruppen");
        text(viewModel, "challenge.description").text().set("Møderne løber over tid");
        text(viewModel, "challenge.strategicIntention").text().set("Sammen om borgeren");
        text(viewModel, "challenge.learningNeed").text().set("At lytte før jeg beslutter");
        text(viewModel, "challenge.resources").text().set("En time om ugen");
        viewModel.workModeProperty().set(WorkMode.LEARNING_GROUP);
        viewModel.tagsProperty().set("Organisation, #borger");
        assertThat(stored().description()).isEmpty();

        executor.runScheduled();

        Challenge saved = stored();
        assertThat(saved.title()).isEqualTo("Mødekultur i ledergruppen");
        assertThat(saved.description()).isEqualTo("Møderne løber over tid");
        assertThat(saved.strategicIntention()).isEqualTo("Sammen om borgeren");
        assertThat(saved.learningNeed()).isEqualTo("At lytte før jeg beslutter");
        assertThat(saved.resources()).isEqualTo("En time om ugen");
        assertThat(saved.workMode()).isEqualTo(WorkMode.LEARNING_GROUP);
        assertThat(saved.tags()).containsExactly("borger", "organisation");
    }

    @Test
    void closingSavesWhatWasJustTyped() {
        ChallengeViewModel viewModel = viewModel("da");
        text(viewModel, "challenge.learningNeed").text().set("Skrevet lige før lukning");

        viewModel.close();

        assertThat(stored().learningNeed()).isEqualTo("Skrevet lige før lukning");
    }

    @Test
    void anEmptiedTitleIsNotStoredButTheOtherTextsAre() {
        ChallengeViewModel viewModel = viewModel("da");

        viewModel.titleProperty().set("  ");
        text(viewModel, "challenge.description").text().set("Stadig gemt");
        viewModel.close();

        assertThat(viewModel.titleProblemProperty().get()).isEqualTo(TitleProblem.MISSING);
        assertThat(stored().title()).isEqualTo("Mødekultur");
        assertThat(stored().description()).isEqualTo("Stadig gemt");

        viewModel.titleProperty().set("x".repeat(Challenge.MAX_TITLE_LENGTH + 1));
        assertThat(viewModel.titleProblemProperty().get()).isEqualTo(TitleProblem.TOO_LONG);
        viewModel.titleProperty().set("Ny titel");
        viewModel.close();
        assertThat(viewModel.titleProblemProperty().get()).isEqualTo(TitleProblem.NONE);
        assertThat(stored().title()).isEqualTo("Ny titel");
    }

    @Test
    void aTooLongTagIsExplainedAndKeepsTheStoredTagsWhileTheOtherTextsAreSaved() {
        ChallengeViewModel viewModel = viewModel("da");

        viewModel.tagsProperty().set("borger, " + "x".repeat(Tags.MAX_LENGTH + 1));
        text(viewModel, "challenge.description").text().set("Stadig gemt");
        viewModel.close();

        assertThat(viewModel.problemProperty().get()).isEqualTo("Et mærke må højst være 40 tegn.");
        assertThat(viewModel.tagsProperty().get()).endsWith("x".repeat(Tags.MAX_LENGTH + 1));
        assertThat(stored().tags()).isEmpty();
        assertThat(stored().description()).isEqualTo("Stadig gemt");

        viewModel.tagsProperty().set("borger, økonomi");
        viewModel.close();

        assertThat(viewModel.problemProperty().get()).isNull();
        assertThat(stored().tags()).containsExactly("borger", "økonomi");
    }

    @Test
    void eachTextNamesTheHistoryItsEarlierVersionsAreKeptUnder() {
        ChallengeViewModel viewModel = viewModel("da");
        ChallengeText need = text(viewModel, "challenge.learningNeed");
        need.text().set("Første udkast");
        viewModel.close();
        clock.advance(Duration.ofMinutes(5));
        need.text().set("Andet udkast");
        viewModel.close();

        List<String> versions = store.revisions().history(challengeId).stream()
                .filter(revision -> revision.field().equals(viewModel.historyField(need)))
                .map(Revision::text).toList();

        assertThat(viewModel.historyField(need)).isEqualTo(Revision.LEARNING_NEED);
        assertThat(viewModel.historyField(text(viewModel, "challenge.description"))).isEqualTo(Revision.DESCRIPTION);
        assertThat(versions).containsExactly("Andet udkast", "Første udkast");
    }

    @Test
    void aChallengeSharedByASparringPartnerIsOnlyRead() {
        store.challenges().save(stored().sharedBy("Karen"));
        ChallengeViewModel viewModel = viewModel("da");

        text(viewModel, "challenge.description").text().set("Forsøg på at ændre");
        viewModel.close();

        assertThat(viewModel.isReadOnly()).isTrue();
        assertThat(viewModel.sharedByProperty().get()).isEqualTo("Karen");
        assertThat(stored().description()).isEmpty();
    }
}
