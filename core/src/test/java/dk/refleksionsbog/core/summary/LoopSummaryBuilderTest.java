package dk.refleksionsbog.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopSummaryBuilderTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private SqliteJournalStore store;
    private LoopSummaryBuilder builder;

    @BeforeEach
    void openJournal() {
        store = SqliteJournalStore.open(folder.resolve("journal.refleksionsbog"), SampleJournal.CLOCK);
        builder = new LoopSummaryBuilder(store, TEMPLATES, SampleJournal.CLOCK);
    }

    @AfterEach
    void closeJournal() {
        store.close();
    }

    @Test
    @DisplayName("the summary names the owner, the day, the challenge, the loop and its phase in Danish")
    void masthead() {
        SampleJournal journal = new SampleJournal(store, "da");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.language()).isEqualTo("da");
        assertThat(summary.ownerName()).isEqualTo(SampleJournal.OWNER);
        assertThat(summary.printDate()).isEqualTo(SampleJournal.TODAY);
        assertThat(summary.challengeTitle()).isEqualTo(journal.challenge.title());
        assertThat(summary.challengeDescription()).isEqualTo(journal.challenge.description());
        assertThat(summary.loopNumber()).isEqualTo(2);
        assertThat(summary.phaseName()).isEqualTo("Refleksion");
        assertThat(summary.finished()).isFalse();
        assertThat(summary.carriedOverAction()).isEqualTo(
                "Afprøv faste kontaktpersoner i én rute mere og inddrag de pårørende.");
    }

    @Test
    @DisplayName("the prøvehandling: planning answers under their questions, the fields under their short labels, the date")
    void trialAction() {
        SampleJournal journal = new SampleJournal(store, "da");
        Wording wording = TEMPLATES.wording("da", "");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.planning()).extracting(LabelledText::label, LabelledText::text).containsExactly(
                tuple("Hvad skal vi afprøve?", "Faste teams på to ruter i fire uger."),
                tuple(wording.text(TEMPLATES.questionsFor(Phase.PLANNING).get(1)),
                        "Søndergårds rute, hvor to faste medarbejdere har kørt i et år."));
        assertThat(summary.trialAction()).extracting(LabelledText::label).containsExactly(
                "Baseline", "Succeskriterium/værdiskabelse", "Indikatorer", "Metoder/informanter");
        assertThat(summary.trialAction()).extracting(LabelledText::text).containsExactly(
                "En borger møder 11 forskellige medarbejdere om ugen.", "Borgerne oplever tryghed og sammenhæng.",
                "Færre forskellige ansigter; færre opkald fra pårørende.", "Vagtplanen og korte samtaler med fem borgere.");
        assertThat(summary.firstReflectionMeetingLabel()).isEqualTo("Første refleksionsmøde");
        assertThat(summary.firstReflectionMeeting()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    @DisplayName("what was done and observed: ACTION and OBSERVATION answers in template order, unanswered ones blank")
    void doneAndObserved() {
        SampleJournal journal = new SampleJournal(store, "da");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.doneAndObserved()).extracting(PhaseAnswers::phase, PhaseAnswers::phaseName)
                .containsExactly(tuple(Phase.ACTION, "Aktion"),
                        tuple(Phase.OBSERVATION, "Observation"));
        PhaseAnswers action = summary.doneAndObserved().get(0);
        assertThat(action.answers()).extracting(LabelledText::label).containsExactly(
                "Hvordan skal vi samarbejde?", "Hvilke barrierer skal vi have fjernet eller mindsket?",
                "Hvad skal vi have hjælp til?");
        assertThat(action.answers()).extracting(LabelledText::text).containsExactly(
                "Planlæggeren og to teamledere lagde ruterne om.", "", "Økonomiafdelingen hjalp med kørselstiden.");
        assertThat(summary.doneAndObserved().get(1).answers().get(0).text())
                .isEqualTo("Vi kigger efter, hvem borgeren nævner ved navn.");
    }

    @Test
    @DisplayName("the loop's entries, oldest first: notes, observations and insights apart from star moments")
    void entries() {
        SampleJournal journal = new SampleJournal(store, "da");
        journal.addUnrelatedChallenge();

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.entries()).extracting(SummaryEntry::kind, SummaryEntry::kindLabel, SummaryEntry::evidenceLabel)
                .containsExactly(
                        tuple(EntryKind.NOTE, "Notat", ""),
                        tuple(EntryKind.OBSERVATION, "Observation", "Erfaringer"),
                        tuple(EntryKind.INSIGHT, "Indsigt", ""));
        assertThat(summary.entries()).extracting(SummaryEntry::occurredOn).containsExactly(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10));
        assertThat(summary.starMoments()).extracting(SummaryEntry::kindLabel, SummaryEntry::text).containsExactly(
                tuple("Stjernestund", "Fru Østergaard bad om at få »sit team« med."));
        assertThat(summary.evaluationStarMoments().text()).isEqualTo("Aftenvagten mødte selv ti minutter før.");
    }

    @Test
    @DisplayName("the evaluation: before, after and difference for thinking and doing, both ratings and their difference")
    void evaluation() {
        SampleJournal journal = new SampleJournal(store, "da");

        EvaluationSummary evaluation = builder.forLoop(journal.loop.id()).evaluation();

        assertThat(evaluation.beforeHeading()).isEqualTo("Før prøvehandling");
        assertThat(evaluation.afterHeading()).isEqualTo("Efter prøvehandling");
        assertThat(evaluation.differenceHeading()).isEqualTo("Hvad er forskellen?");
        assertThat(evaluation.rows()).hasSize(2);
        EvaluationSummary.Row think = evaluation.rows().get(0);
        assertThat(think.before()).isEqualTo(new LabelledText("Hvad tænker jeg/vi om udfordringen nu?",
                "Et planlægningsproblem, som økonomien styrer."));
        assertThat(think.after().text()).isEqualTo("Det handler også om kultur og om at give ansvar væk.");
        assertThat(think.difference().text()).isEqualTo("Medarbejderne er medejere af løsningen.");
        EvaluationSummary.Row doing = evaluation.rows().get(1);
        assertThat(doing.before().label()).isEqualTo("Hvad gør jeg/vi med udfordringen nu?");
        assertThat(doing.after().text()).isEqualTo("Teamene fordeler selv opgaverne på ugemødet.");
        assertThat(evaluation.ratingBefore()).isEqualTo(4);
        assertThat(evaluation.ratingAfter()).isEqualTo(2);
        assertThat(evaluation.ratingDifference()).contains(-2);
        assertThat(evaluation.ratingBeforeLabel()).isEqualTo(
                TEMPLATES.wording("da", "").label(TEMPLATES.field(TemplateSet.RATING_BEFORE)));
    }

    @Test
    @DisplayName("the reflection and the decided next action with the NEW_ACTION answers")
    void reflectionAndNextAction() {
        SampleJournal journal = new SampleJournal(store, "da");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.reflection()).containsExactly(new LabelledText("Hvad tænker vi om det, vi har afprøvet?",
                "Det virker, når teamet selv ejer ruten."));
        assertThat(summary.nextAction()).extracting(LabelledText::label, LabelledText::text).containsExactly(
                tuple("Besluttet næste handling", "Udvide til to ruter mere og holde et dialogmøde."),
                tuple("Hvordan kan vi bruge vores erkendelser i nye aktioner?", ""),
                tuple("Hvordan holder vi processen på sporet?", "Vi følger op på hvert andet ugemøde."));
    }

    @Test
    @DisplayName("questions for the meeting come from the loop and from the next meeting linked to it, not from a past one")
    void meetingQuestions() {
        SampleJournal journal = new SampleJournal(store, "da");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.meetingDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(summary.meetingQuestions()).filteredOn(question -> !question.isBlank())
                .extracting(LabelledText::label, LabelledText::text).containsExactly(
                        tuple("Mønsteranalyse",
                                "Hvordan får jeg økonomien med, uden at det bliver en spareøvelse?"),
                        tuple("Hvad udfordrer dig aktuelt?",
                                "At fastholde ro på ruterne, når sygefraværet stiger."));
    }

    @Test
    @DisplayName("with no meeting ahead, the latest past meeting linked to the loop is used")
    void latestPastMeetingWhenNoneAhead() {
        SampleJournal journal = new SampleJournal(store, "da");
        LoopSummaryBuilder inSpring = new LoopSummaryBuilder(store, TEMPLATES,
                Clock.fixed(Instant.parse("2027-04-01T08:00:00Z"), SampleJournal.COPENHAGEN));

        LoopSummary summary = inSpring.forLoop(journal.loop.id());

        assertThat(summary.meetingDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(summary.printDate()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    @DisplayName("sparring comments sit with the text they comment on, dated in the local time zone")
    void commentsNextToTheirText() {
        SampleJournal journal = new SampleJournal(store, "da");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        LabelledText indicators = summary.trialAction().get(2);
        assertThat(indicators.comments()).containsExactly(new SummaryComment("Jørgen Å. Møller",
                LocalDate.of(2026, 11, 21), "Hvad sagde de pårørende?"));
        assertThat(summary.entries().get(1).comments()).extracting(SummaryComment::text)
                .containsExactly("Godt at du skelner erfaringer fra data.");
        assertThat(summary.otherComments()).hasSize(1);
        LabelledText other = summary.otherComments().get(0);
        assertThat(other.label()).isEqualTo(TEMPLATES.wording("da", "").text(TEMPLATES.field("phase.challenge.q1")));
        assertThat(other.comments()).extracting(SummaryComment::author).containsExactly("Anne Ørsted");
    }

    @Test
    @DisplayName("a loop shared by a sparring partner is printed under the partner's name, not this journal's owner")
    void sharedLoopCarriesItsAuthorsName() {
        SampleJournal journal = new SampleJournal(store, "da");
        store.challenges().save(journal.challenge.sharedBy("Jørgen Å. Møller"));

        assertThat(builder.forLoop(journal.loop.id()).ownerName()).isEqualTo("Jørgen Å. Møller");
    }

    @Test
    @DisplayName("an English journal gets the template's English wording")
    void englishJournal() {
        SampleJournal journal = new SampleJournal(store, "en");

        LoopSummary summary = builder.forLoop(journal.loop.id());

        assertThat(summary.language()).isEqualTo("en");
        assertThat(summary.phaseName()).isEqualTo("Reflection");
        assertThat(summary.trialAction()).extracting(LabelledText::label).startsWith("Baseline")
                .contains(TEMPLATES.wording("en", "").label(TEMPLATES.field(LoopField.TRIAL_INDICATORS)));
        assertThat(summary.starMoments()).extracting(SummaryEntry::kindLabel).containsExactly("Star moment");
    }

    @Test
    @DisplayName("another programme's template set words the same loop with its own questions, without code changes")
    void anotherProgrammesTemplateSet() throws Exception {
        SampleJournal journal = new SampleJournal(store, "da");
        URL folder = LoopSummaryBuilderTest.class.getResource("/second-set/");
        try (URLClassLoader withSecondSet = new URLClassLoader(new URL[] {folder}, getClass().getClassLoader())) {
            TemplateSet toender = TemplateRegistry.load(withSecondSet).get("toender-ledelsesgrundlag");

            LoopSummary summary = new LoopSummaryBuilder(store, toender, SampleJournal.CLOCK).forLoop(journal.loop.id());

            assertThat(summary.doneAndObserved().get(0).answers()).containsExactly(new LabelledText(
                    "Hvordan vil I gøre det og hvem er ansvarlig for at sætte det i gang?",
                    "Planlæggeren og to teamledere lagde ruterne om."));
            assertThat(summary.meetingQuestions()).extracting(LabelledText::label)
                    .doesNotContain("Mønsteranalyse").hasSize(2 * toender.meetingGuide().get(0).fields().size());
        }
    }

    @Test
    @DisplayName("a whole challenge gives one summary per loop, by loop number")
    void wholeChallenge() {
        SampleJournal journal = new SampleJournal(store, "da");
        journal.addUnrelatedChallenge();

        List<LoopSummary> summaries = builder.forChallenge(journal.challenge.id());

        assertThat(summaries).extracting(LoopSummary::loopNumber).containsExactly(1, 2);
        assertThat(summaries.get(0).finished()).isTrue();
        assertThat(summaries.get(0).nextAction().get(0).text()).isEqualTo("Første loop: prøv faste teams på én rute.");
        assertThat(summaries.get(0).entries()).isEmpty();
    }

    @Test
    @DisplayName("an unknown loop or challenge is reported as bad input")
    void unknownIds() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> builder.forLoop(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown.toString());
        assertThatThrownBy(() -> builder.forChallenge(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    @DisplayName("built from a real journal and printed, every answer of the loop is in the PDF")
    void builtAndPrinted() throws Exception {
        SampleJournal journal = new SampleJournal(store, "da");
        LoopSummary summary = builder.forLoop(journal.loop.id());

        PrintedPdf pdf = PrintedPdf.read(new SummaryPdfRenderer().render(List.of(summary)));

        String text = pdf.flowingText(SampleJournal.OWNER + " · Opsummering før mødet 23. november 2026");
        for (Answer answer : store.answers().listByOwner(journal.loop.id())) {
            if (!answer.fieldKey().startsWith("phase.challenge.")) {
                assertThat(text).as(answer.fieldKey()).contains(answer.text());
            }
        }
        assertThat(text).contains("Tillid er et godt spor.", "Fru Østergaard", "Spørgsmål til mødet 12. januar 2027");
    }
}
