package dk.refleksionsbog.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The default template set 'Ledelse Ud Af Boksen'")
class DefaultTemplateSetTest {
    private static final TemplateSet SET = TemplateRegistry.loadDefault().defaultSet();
    private static final Wording DA = SET.wording("da", "");
    private static final Wording EN = SET.wording("en", null);
    private static final URL FILE = DefaultTemplateSetTest.class.getResource("ledelse-ud-af-boksen.json");

    @Test
    void isTheJournalDefaultAndVersioned() {
        assertThat(SET.id()).isEqualTo(Journal.DEFAULT_TEMPLATE_SET);
        assertThat(SET.version()).isGreaterThanOrEqualTo(1);
        assertThat(SET.title("da")).isEqualTo("Ledelse Ud Af Boksen");
        assertThat(SET.phases()).extracting(PhaseGuide::phase).containsExactly(Phase.values());
    }

    @Test
    @DisplayName("every text object in the file has Danish and English")
    void everyTextInTheFileIsTranslated() {
        assertThat(FILE).isNotNull();
        assertThat(TranslationScan.untranslated(FILE)).isEmpty();
    }

    @Test
    @DisplayName("every question, label and help text reads non-blank in both languages")
    void everyLoadedQuestionIsTranslated() {
        assertThat(SET.allFields()).hasSizeGreaterThan(50);
        for (Question question : SET.allFields()) {
            for (Wording wording : List.of(DA, EN)) {
                String where = question.key() + " in " + wording.language();
                assertThat(wording.text(question)).as(where).isNotBlank();
                assertThat(wording.label(question)).as(where).isNotBlank();
                wording.help(question).ifPresent(help -> assertThat(help).as(where).isNotBlank());
            }
        }
        for (String key : SET.textKeys()) {
            assertThat(SET.text(key, "da", "")).as(key).isNotBlank();
            assertThat(SET.text(key, "en", "")).as(key).isNotBlank();
        }
    }

    static Stream<Arguments> guidingQuestions() {
        return Stream.of(
                Arguments.of(Phase.CHALLENGE, "Formulering af udfordring", List.of(
                        "Hvordan kan man forstå problemet?",
                        "Findes der andre udlægninger af denne fortælling?",
                        "Hvad bekræfter, nuancerer eller udfordrer vores antagelser om problemet?")),
                Arguments.of(Phase.PLANNING, "Planlægning", List.of(
                        "Hvad skal vi afprøve?",
                        "Hvilke gode erfaringer kan vi tage afsæt i?")),
                Arguments.of(Phase.ACTION, "Aktion", List.of(
                        "Hvordan skal vi samarbejde?",
                        "Hvilke barrierer skal vi have fjernet eller mindsket?",
                        "Hvad skal vi have hjælp til?")),
                Arguments.of(Phase.OBSERVATION, "Observation", List.of(
                        "Hvad kigger vi efter undervejs og hvordan?",
                        "Hvordan hjælper vi hinanden med at få øje på stjernestunder?")),
                Arguments.of(Phase.REFLECTION, "Refleksion", List.of(
                        "Hvad tænker vi om det, vi har afprøvet?")),
                Arguments.of(Phase.NEW_ACTION, "Ny aktion", List.of(
                        "Hvordan kan vi bruge vores erkendelser i nye aktioner?",
                        "Hvordan holder vi processen på sporet?")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("guidingQuestions")
    @DisplayName("each phase carries seed 000's guiding questions word for word, one answer area each")
    void phaseHasTheProgrammesGuidingQuestions(Phase phase, String title, List<String> danishQuestions) {
        PhaseGuide guide = SET.phase(phase);
        assertThat(guide.title().da()).isEqualTo(title);
        assertThat(guide.explanation().da()).isNotBlank();
        assertThat(SET.questionsFor(phase)).extracting(DA::text)
                .containsExactlyElementsOf(danishQuestions);
        String prefix = PhaseGuide.keyPrefix(phase);
        assertThat(SET.questionsFor(phase)).extracting(Question::key)
                .allSatisfy(key -> assertThat(key).matches(prefix.replace(".", "\\.") + "\\.q\\d+"))
                .doesNotHaveDuplicates();
        assertThat(SET.questionsFor(phase)).extracting(Question::kind).containsOnly(FieldKind.TEXT);
    }

    @Test
    void phaseKeysAreCamelCase() {
        assertThat(PhaseGuide.keyPrefix(Phase.NEW_ACTION)).isEqualTo("phase.newAction");
        assertThat(SET.questionsFor(Phase.PLANNING).get(0).key()).isEqualTo("phase.planning.q1");
    }

    @Test
    @DisplayName("every field the domain knows is in the section of its phase")
    void everyLoopFieldIsPresent() {
        for (LoopField field : LoopField.values()) {
            Section home = switch (field.phase()) {
                case PLANNING -> SET.trialAction();
                case REFLECTION -> SET.evaluation();
                default -> SET.newAction();
            };
            assertThat(home.fields()).extracting(Question::key).as(field.name()).contains(field.key());
            assertThat(SET.field(field).kind()).isEqualTo(FieldKind.TEXT);
        }
        assertThat(SET.field(TemplateSet.FIRST_REFLECTION_MEETING).kind()).isEqualTo(FieldKind.DATE);
        assertThat(SET.field(TemplateSet.RATING_BEFORE).kind()).isEqualTo(FieldKind.RATING);
        assertThat(SET.field(TemplateSet.RATING_AFTER).kind()).isEqualTo(FieldKind.RATING);
    }

    @Test
    @DisplayName("the trial action keeps seed 000's wording, the fifth question being the date field")
    void trialActionWording() {
        assertThat(SET.trialAction().fields()).extracting(Question::key).containsExactly(
                "trialAction.baseline", "trialAction.successCriterion", "trialAction.indicators",
                "trialAction.methods", TemplateSet.FIRST_REFLECTION_MEETING);
        assertThat(DA.text(SET.field(LoopField.TRIAL_BASELINE)))
                .isEqualTo("Hvad kendetegner den ledelsesmæssige udfordring, jeg gerne vil arbejde med? (Hvad er baseline?)");
        assertThat(DA.text(SET.field(TemplateSet.FIRST_REFLECTION_MEETING)))
                .isEqualTo("Hvad er tidsperspektivet for første refleksionsmøde på prøvehandlingen?");
    }

    @Test
    @DisplayName("questions that name the strategy show the default, or the journal's own strategy")
    void strategyPlaceholderIsFilledIn() {
        Question criterion = SET.field(LoopField.TRIAL_SUCCESS_CRITERION);
        assertThat(criterion.text().da()).contains(LocalizedText.STRATEGY_PLACEHOLDER);

        assertThat(SET.text(criterion.key(), "da", "")).isEqualTo(
                "Hvilken betydning vil det have for min eller vores ledelse ind i selvværd og sammenhæng, hvis den "
                        + "udfordring kan knækkes/mindskes? (Hvad er succeskriteriet/værdiskabelsen?)");
        assertThat(SET.text(criterion.key(), "en", null)).contains("self-worth and coherence");
        assertThat(SET.text(TemplateSet.RATING_BEFORE, "da", "  Sammen om velfærd "))
                .isEqualTo("På en skala fra 1-5 hvor meget udfordrer problemet ledelsesarbejdet ind i Sammen om velfærd?");

        Journal journal = Journal.create(UUID.randomUUID(), "Ane", "en", Instant.EPOCH)
                .withStrategyName("Together for welfare", Instant.EPOCH);
        assertThat(SET.text(TemplateSet.RATING_AFTER, journal)).contains("towards Together for welfare?");
        assertThat(SET.welcome("da", "")).contains("selvværd og sammenhæng").contains("seks trin");
    }

    @Test
    @DisplayName("no resolved text shows a placeholder")
    void noPlaceholderLeaksThrough() {
        for (String key : SET.textKeys()) {
            assertThat(SET.text(key, "da", "")).as(key).doesNotContain("{");
            assertThat(SET.text(key, Locale.ENGLISH, "")).as(key).doesNotContain("{");
        }
    }

    @Test
    @DisplayName("the evaluation has before, after and difference rows, star moments and the two 1-5 ratings")
    void evaluationWording() {
        assertThat(SET.evaluation().fields()).extracting(DA::text).containsExactly(
                "Hvad tænker jeg/vi om udfordringen nu?",
                "Hvad tænker jeg/vi om udfordringen efter prøvehandlingen?",
                "Hvad er forskellen?",
                "Hvad gør jeg/vi med udfordringen nu?",
                "Hvad gør jeg/vi med udfordringen efter prøvehandlingen?",
                "Hvad er forskellen?",
                "Stjernestunder?",
                "På en skala fra 1-5 hvor meget udfordrer problemet ledelsesarbejdet ind i selvværd og sammenhæng?",
                "På en skala fra 1-5 hvor meget understøtter prøvehandlingen ledelsesarbejdet ind i selvværd og sammenhæng?");
    }

    @Test
    @DisplayName("the meeting guide has the four agenda points and the three parts of the interview guide")
    void meetingGuide() {
        assertThat(SET.meetingGuide()).extracting(section -> section.title().da()).containsExactly(
                "Refleksionsmøde", "Støttende interview", "Udfordrende refleksioner", "Ny læring/handling");
        assertThat(SET.meetingGuide().get(0).fields()).extracting(DA::label)
                .containsExactly("Refleksionsrunde", "Mønsteranalyse", "Beslutning om næste læringsloop", "Tidsperspektiv");
        assertThat(SET.meetingGuide().get(2).fields()).extracting(DA::text)
                .containsExactly("Dét, der er uklart", "Logikker, der binder", "Handlemønstre", "Paradokser");
        assertThat(DA.text(SET.field("interview.newLearning.q6")))
                .isEqualTo("Hvad er din næste handling helt konkret: hvor, hvornår, hvordan og hvorfor?");
    }

    @Test
    @DisplayName("the job-visit guide has the activity choice, six expectation questions, both roles and the joint reflection")
    void jobVisitGuide() {
        assertThat(SET.jobVisitGuide()).extracting(Section::id).contains(
                "jobVisit.choosing", "jobVisit.expectations", "jobVisit.hostRole", "jobVisit.guestRole",
                "jobVisit.reflection", "jobVisit.leadership");
        Section expectations = SET.jobVisitGuide().stream()
                .filter(section -> section.id().equals("jobVisit.expectations")).findFirst().orElseThrow();
        assertThat(expectations.fields()).hasSize(6);
        assertThat(DA.text(expectations.fields().get(0)))
                .isEqualTo("Hvad er formålet med aktiviteten, og hvem deltager i aktiviteten?");
        assertThat(DA.help(SET.field("jobVisit.reflection.guest"))).hasValueSatisfying(
                help -> assertThat(help).startsWith("Fx Hvad så jeg?"));
        assertThat(List.of("intended", "actual", "perceived"))
                .allSatisfy(part -> assertThat(SET.findField("jobVisit.leadership." + part)).isPresent());
        assertThat(Arrays.stream(LeadershipForm.values()).map(form -> SET.leadershipForm(form).label().da()))
                .containsExactly("Visionsledelse", "Betinget anerkendelse", "Data-informeret ledelse",
                        "Distribueret ledelse", "Relationsskabende ledelse");
    }

    @Test
    @DisplayName("evidence levels follow seed 001 and the triple bottom line matches the domain's tags")
    void evidenceLevelsAndBottomLine() {
        assertThat(Arrays.stream(EvidenceLevel.values()).map(level -> SET.evidenceLevel(level).label().da()))
                .containsExactly("Erfaringer", "Tendenser", "Evidens");
        assertThat(SET.evidenceLevel(EvidenceLevel.EXPERIENCES).explanation().da()).contains("strukturerede vurderinger");
        assertThat(SET.tripleBottomLine()).extracting(Choice::value).containsExactlyElementsOf(Tags.TRIPLE_BOTTOM_LINE);
    }

    @Test
    @DisplayName("asking for a key the set does not have names the set and the key")
    void unknownKeyIsAClearError() {
        assertThatThrownBy(() -> SET.field("phase.planning.q9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledelse-ud-af-boksen").hasMessageContaining("phase.planning.q9");
        assertThatThrownBy(() -> SET.text("nope", "da", ""))
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> SET.text("set.title", "de", ""))
                .hasMessageContaining("not in de");
    }
}
