package dk.refleksionsbog.core.example;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.challenge.ChallengeStatus;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A small, realistic Danish journal to explore: two challenges, loops in different phases with
 * their answers, entries of every kind, meetings, a job visit and a sparring comment. The welcome
 * screen and {@code refleksionsbog demo} write it. Dates are relative to the clock, so the
 * example always looks current; ids are fixed, so writing it twice changes nothing.
 */
public final class ExampleJournal {
    public static final String OWNER_NAME = "Camilla Holm";

    private final JournalStore store;
    private final Clock clock;
    private final LocalDate today;
    private final ZoneId zone;
    private final Instant start;

    private ExampleJournal(JournalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
        this.start = atNine(today.minusDays(80));
    }

    /** Writes the example into the store in one transaction. */
    public static void writeInto(JournalStore store, Clock clock) {
        ExampleJournal example = new ExampleJournal(store, clock);
        store.inTransaction(example::write);
    }

    /** The fixed id of one of the example's objects, named as in this class; tests and tours use it. */
    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("refleksionsbog-example:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private void write() {
        Journal journal = store.journal();
        if (journal.ownerName().isBlank()) {
            Instant now = clock.instant();
            store.saveJournal(journal.withOwnerName(OWNER_NAME, now.isAfter(journal.createdAt()) ? now : journal.createdAt()));
        }
        writeMeetingCulture();
        writeCitizenInvolvement();
        writeFreeEntries();
        writeJobVisit();
    }

    private void writeMeetingCulture() {
        Instant created = day(0);
        Challenge challenge = new Challenge(id("challenge.meetings"), "Mødekultur i ledergruppen",
                "Vores ledermøder er blevet til orientering. Beslutningerne bliver truffet på gangen bagefter, "
                        + "og flere af afdelingslederne siger ikke noget på selve mødet.",
                ChallengeStatus.ACTIVE, List.of("organisation"),
                "Selvværd og sammenhæng: ledergruppen skal kunne træffe fælles beslutninger, der hænger sammen "
                        + "på tværs af afdelingerne.",
                "Vi skal lære at skabe rum for uenighed uden at møderne bliver længere.",
                "Halvdelen af hvert andet ledermøde og to timers forberedelse om måneden.",
                WorkMode.LEARNING_GROUP, null, created, created);
        store.challenges().save(challenge);

        Loop first = Loop.first(id("loop.meetings.1"), challenge.id(), created)
                .advance(day(3))
                .withFirstReflectionMeeting(today.minusDays(35), day(3))
                .advance(day(10))
                .advance(day(31))
                .advance(day(45))
                .withRatingBefore(4, day(45))
                .withRatingAfter(3, day(46))
                .advance(day(52));
        String decision = "Vi prøver en fast runde, hvor hver leder siger én ting, de er uenige i, "
                + "før vi beslutter noget.";
        Loop.Succession succession = first.finish(decision, id("loop.meetings.2"), day(53));
        store.loops().save(succession.finished());
        answers(first.id(), day(1),
                "phase.challenge.q1", "Problemet er ikke at vi er uenige, men at uenigheden ikke kommer frem på mødet.",
                "phase.challenge.q2", "Afdelingslederne fortæller, at de ikke vil bruge tid på at diskutere punkter, "
                        + "der allerede virker besluttede.",
                "phase.challenge.q3", "Referaterne fra de sidste fem møder viser kun orienteringspunkter.");
        answers(first.id(), day(4),
                "phase.planning.q1", "Vi afprøver at sende beslutningspunkterne ud tre dage før med et spørgsmål til hver.",
                "phase.planning.q2", "I sommer havde vi et godt temamøde om budgettet, hvor alle var forberedte.",
                "trialAction.baseline", "Ingen beslutningspunkter på dagsordenen de sidste tre måneder. "
                        + "To ud af syv ledere siger noget på et typisk møde.",
                "trialAction.successCriterion", "At vi træffer beslutninger sammen, som alle kan stå på mål for "
                        + "over for deres medarbejdere.",
                "trialAction.indicators", "Mindst ét beslutningspunkt pr. møde. Alle ledere har sagt noget. "
                        + "Færre henvendelser til mig efter mødet.",
                "trialAction.methods", "Jeg tæller taletid på fire møder og spørger to afdelingsledere efter hvert møde.");
        answers(first.id(), day(11),
                "phase.action.q1", "Mødelederrollen går på skift, så det ikke kun er mig der styrer.",
                "phase.action.q2", "Den lange orienteringsrunde i starten skal væk; den kommer på skrift i stedet.",
                "phase.action.q3", "HR hjælper med en enkel skabelon til beslutningspunkter.");
        answers(first.id(), day(32),
                "phase.observation.q1", "Hvem taler, hvor længe, og om beslutningen bliver genåbnet bagefter.",
                "phase.observation.q2", "Vi skriver stjernestunder på en fælles tavle i mødelokalet.");
        answers(first.id(), day(46),
                "phase.reflection.q1", "Beslutningspunkterne virker, men runden føles kunstig for nogle.",
                "evaluation.thinkBefore", "At de andre ledere ikke tog ansvar for helheden.",
                "evaluation.thinkAfter", "At mødets form har holdt dem tilbage mere end deres vilje.",
                "evaluation.thinkDifference", "Jeg ser det som et strukturproblem mere end et personproblem.",
                "evaluation.doBefore", "Jeg tog beslutningerne alene efter mødet.",
                "evaluation.doAfter", "Vi beslutter på mødet og skriver beslutningen ind i referatet med det samme.",
                "evaluation.doDifference", "Færre beslutninger bliver genåbnet.",
                "evaluation.starMoments", "Da økonomichefen selv foreslog at udskyde sit punkt, så vi kunne nå "
                        + "at træffe beslutningen om vagtplanen.");
        answers(first.id(), day(53),
                "newAction.decision", decision,
                "phase.newAction.q1", "Runden bygger på det, vi så: uenighed kommer frem, når den bliver inviteret.",
                "phase.newAction.q2", "Vi tager et kvarter på netværksmødet til at følge op.");

        Loop second = succession.next().advance(day(60));
        second = second.withFirstReflectionMeeting(today.plusDays(10), day(60));
        store.loops().save(second);
        answers(second.id(), day(55),
                "phase.planning.q1", decision,
                "trialAction.baseline", "Beslutningspunkter er kommet på dagsordenen, men to ledere er stadig tavse.",
                "trialAction.indicators", "Alle syv siger noget inden beslutningen. Ingen beslutning bliver genåbnet.");

        SparringComment comment = new SparringComment(id("comment.meetings.baseline"),
                id("answer." + first.id() + ".trialAction.baseline"), first.id(), "Mette Lund",
                "Godt at du har tal på det. Hvordan vil du vide, om de to tavse ledere er uenige eller enige?",
                day(20), day(20));
        store.comments().save(comment);

        Meeting reflection = new Meeting(id("meeting.reflection"), MeetingKind.REFLECTION,
                "Refleksionsmøde om beslutningspunkterne", today.minusDays(35), LocalTime.of(14, 0), 60,
                "Mødelokale 2", List.of("Mette Lund", "Jonas Berg"), challenge.id(), first.id(), day(30), day(45));
        store.meetings().save(reflection);
        answers(reflection.id(), day(45),
                "meeting.reflectionRound", "Jeg fremlagde prøvehandlingen og mine tal fra de første to møder.",
                "meeting.patternAnalysis", "Vi så det samme mønster hos Jonas: orientering fylder, når lederen er usikker.",
                "meeting.nextLoopDecision", "Fortsæt med beslutningspunkter og tilføj en uenighedsrunde.");
        Meeting network = new Meeting(id("meeting.network"), MeetingKind.NETWORK, "Netværksmøde",
                today.plusDays(10), LocalTime.of(13, 0), Meeting.DEFAULT_DURATION_MINUTES,
                "Rådhuset, mødelokale 3", List.of("Mette Lund", "Jonas Berg", "Sara Khan"), challenge.id(),
                second.id(), day(60), day(60));
        store.meetings().save(network);
        Meeting joint = Meeting.create(id("meeting.joint"), MeetingKind.JOINT, today.plusDays(40), day(2))
                .withDetails("Fællesmøde", today.plusDays(40), LocalTime.of(9, 0), 180, "Byrådssalen", List.of(), day(2));
        store.meetings().save(joint);
    }

    private void writeCitizenInvolvement() {
        Instant created = day(20);
        Challenge challenge = new Challenge(id("challenge.citizens"), "Borgerne med i planlægningen af hjemmeplejen",
                "Borgerne oplever, at besøgene bliver planlagt hen over hovedet på dem.",
                ChallengeStatus.ACTIVE, List.of("borger", "økonomi"),
                "Selvværd og sammenhæng for borgeren: borgeren er med til at bestemme over sin egen hverdag.",
                "Hvordan spørger vi borgerne, uden at det koster flere besøg?",
                "Én medarbejder i to timer om ugen i to måneder.",
                WorkMode.ALONE, null, created, created);
        store.challenges().save(challenge);
        Loop loop = Loop.first(id("loop.citizens.1"), challenge.id(), created)
                .advance(day(22))
                .withRatingBefore(5, day(22))
                .withFirstReflectionMeeting(today.plusDays(3), day(22))
                .advance(day(30))
                .advance(day(50));
        store.loops().save(loop);
        answers(loop.id(), day(21),
                "phase.challenge.q1", "Planlægningen tager udgangspunkt i ruterne, ikke i borgernes dag.",
                "phase.challenge.q2", "Medarbejderne mener selv, de spørger borgerne hele tiden.");
        answers(loop.id(), day(23),
                "phase.planning.q1", "Vi prøver et kort samtaleark ved første besøg hos ti nye borgere.",
                "trialAction.baseline", "Tre klager om besøgstider i sidste kvartal. Ingen registrerer borgerens ønsker.",
                "trialAction.successCriterion", "Borgeren oplever at blive hørt, uden at det koster ekstra tid.",
                "trialAction.indicators", "Færre klager. Medarbejderne kan sige, hvad borgeren vil bruge dagen på.",
                "trialAction.methods", "Samtaleark, to interviews med borgere og en snak med planlæggeren.");
        answers(loop.id(), day(51),
                "phase.observation.q1", "Om samtalearket bliver brugt, og hvad borgerne svarer.");
    }

    private void writeFreeEntries() {
        UUID meetings = id("challenge.meetings");
        UUID loop1 = id("loop.meetings.1");
        UUID loop2 = id("loop.meetings.2");
        UUID citizens = id("challenge.citizens");
        UUID citizensLoop = id("loop.citizens.1");
        entry("entry.1", EntryKind.NOTE, 2, "Første snak med Mette om mødekulturen. Hun kender det fra sin egen "
                + "ledergruppe og foreslog at starte med at tælle, hvem der taler.", List.of("organisation"),
                meetings, loop1, Phase.CHALLENGE, null);
        entry("entry.2", EntryKind.OBSERVATION, 33, "På mødet i dag sagde seks ud af syv ledere noget. "
                + "Det er første gang i år. Beslutningen om vagtplanen blev ikke genåbnet bagefter.",
                List.of("organisation"), meetings, loop1, Phase.OBSERVATION, EvidenceLevel.TENDENCIES);
        entry("entry.3", EntryKind.STAR_MOMENT, 38, "Økonomichefen foreslog selv at udskyde sit punkt, så vi kunne "
                + "nå beslutningen om vagtplanen. Ingen bad hende om det.", List.of("organisation", "økonomi"),
                meetings, loop1, Phase.OBSERVATION, null);
        entry("entry.4", EntryKind.INSIGHT, 47, "A-ha: det er ikke viljen, der mangler. Det er formen. Når vi "
                + "inviterer uenigheden, kommer den, og den er brugbar.", List.of(), meetings, loop1,
                Phase.REFLECTION, null);
        entry("entry.5", EntryKind.NOTE, 61, "Uenighedsrunden er på dagsordenen til næste møde. Jonas er skeptisk; "
                + "han er bange for, at det bliver teater.", List.of(), meetings, loop2, Phase.ACTION, null);
        entry("entry.6", EntryKind.OBSERVATION, 52, "Fire af de ti samtaleark er udfyldt. Borgerne vil helst tale om "
                + "tidspunktet for morgenbesøget og om at få den samme medarbejder.", List.of("borger"),
                citizens, citizensLoop, Phase.OBSERVATION, EvidenceLevel.EXPERIENCES);
        entry("entry.7", EntryKind.STAR_MOMENT, 55, "Fru Jensen sagde: \"Det er første gang nogen har spurgt mig, "
                + "hvornår jeg står op.\" Medarbejderen fortalte det selv på morgenmødet.", List.of("borger"),
                citizens, citizensLoop, Phase.OBSERVATION, null);
        entry("entry.8", EntryKind.NOTE, 70, "Læste casehæftet til ledelsesgrundlaget. Casen om distribueret "
                + "ledelse minder om vores situation i hjemmeplejen.", List.of(), null, null, null, null);
    }

    private void writeJobVisit() {
        JobVisit visit = new JobVisit(id("jobvisit.1"), VisitRole.GUEST, "Lene Holm, Børn og Unge",
                "Personalemøde om sygefravær", today.minusDays(14),
                List.of(LeadershipForm.DATA_INFORMED, LeadershipForm.RELATIONAL), id("challenge.meetings"),
                day(60), day(66));
        store.jobVisits().save(visit);
        answers(visit.id(), day(62),
                "jobVisit.expectations.q1", "Jeg vil se, hvordan Lene bruger tal uden at det bliver en anklage.",
                "jobVisit.observations", "Lene viste fraværstallene først og spurgte derefter: hvad ser I? "
                        + "Medarbejderne tog ordet næsten med det samme.",
                "jobVisit.reflection.learned", "At stille spørgsmålet før min egen tolkning. Det kan jeg bruge "
                        + "direkte i ledergruppen.");
    }

    private void entry(String name, EntryKind kind, int dayNumber, String text, List<String> tags, UUID challengeId,
            UUID loopId, Phase phase, EvidenceLevel level) {
        Instant at = day(dayNumber);
        LocalDate occurredOn = at.atZone(zone).toLocalDate();
        store.entries().save(new Entry(id(name), kind, text, occurredOn, tags, challengeId, loopId, phase, level,
                at, at));
    }

    /** Pairs of field key and text, saved as answers owned by the loop, meeting or job visit. */
    private void answers(UUID ownerId, Instant at, String... keysAndTexts) {
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            String key = keysAndTexts[i];
            store.answers().save(Answer.create(id("answer." + ownerId + "." + key), ownerId, key, keysAndTexts[i + 1], at));
        }
    }

    private Instant day(int dayNumber) {
        return start.plus(Duration.ofDays(dayNumber));
    }

    private Instant atNine(LocalDate date) {
        return date.atTime(9, 0).atZone(zone).toInstant();
    }
}
