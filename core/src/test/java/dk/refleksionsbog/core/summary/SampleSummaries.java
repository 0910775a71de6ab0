package dk.refleksionsbog.core.summary;

import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.time.LocalDate;
import java.util.List;

/**
 * A realistic loop summary as a Danish leader would fill it in, worded like the programme's
 * template set, with æ, ø and å in every section.
 */
final class SampleSummaries {
    static final String OWNER = "Mette Søgaard Ærø";
    static final LocalDate PRINT_DATE = LocalDate.of(2026, 11, 23);
    static final String LONG_PARAGRAPH = "Vi mødtes hver tirsdag i personalestuen, og jeg lagde mærke til, at "
            + "samtalen ændrede sig, når vi startede med borgerens perspektiv i stedet for vores egne "
            + "arbejdsgange. Medarbejderne på nattevagten fortalte om små øjeblikke, hvor de havde turdet gå "
            + "uden for boksen, og det gav anledning til en åben drøftelse af, hvad der skal til, før vi tør "
            + "give slip på de faste rutiner. ";
    static final String LONG_ANSWER_END = "– slut på det lange svar.";

    private SampleSummaries() {}

    /** About 6,000 characters in numbered paragraphs: more than the first page holds with the rest. */
    static String longAnswer() {
        StringBuilder text = new StringBuilder();
        int paragraph = 1;
        while (text.length() < 6000) {
            text.append(paragraph++).append(". ").append(LONG_PARAGRAPH).append(LONG_PARAGRAPH).append('\n');
        }
        String cut = text.substring(0, 6000);
        return cut.substring(0, cut.lastIndexOf(' ')) + " " + LONG_ANSWER_END;
    }

    /** A long observation as a leader would write it over a month, for the documentation's sample pages. */
    static String writtenObservation() {
        return """
                Uge 1: Vi startede med at spørge borgerne selv. Fru Østergaard sagde det ligeud: »Jeg vil bare \
                gerne vide, hvem der kommer.« Det blev vores pejlemærke. Jeg lagde mærke til, at medarbejderne \
                på dagvagten var mere skeptiske end aftenvagten – de er vant til at hjælpe hinanden på tværs af \
                ruterne, og de var bekymrede for, om de nu ville blive låst fast.

                Uge 2: Den første tavlemøde-runde med stjernestunder var stille. Ingen ville være den første. \
                Jeg fortalte selv om en situation, hvor jeg havde grebet ind for hurtigt, og så kom der hul på \
                det. Bagefter sagde en af de erfarne medarbejdere, at det var første gang, hun havde hørt en leder \
                sige det højt. Det har jeg tænkt meget over.

                Uge 3: Sygefraværet steg, og vi måtte låne to medarbejdere fra nabodistriktet. Her så vi, hvor \
                sårbare de faste teams er: overleveringen til de lånte kolleger gik tabt på to af fem besøg. \
                Teamet foreslog selv en kort, skriftlig »hvem er borgeren«-seddel i mappen, som de lånte kan læse \
                på to minutter. Den er nu i brug på begge ruter.

                Uge 4: Målingen viser et fald fra 11 til 6 forskellige medarbejdere pr. borger om ugen på de to \
                ruter. Opkaldene fra pårørende er faldet fra 14 til 5. Det er små tal, og vi skal passe på med at \
                kalde det evidens – det er erfaringer og måske en tendens. Men stemningen på holdet er en anden: \
                de taler om »vores borgere« i stedet for »mine besøg«.

                Det, jeg især vil tage med til netværket, er spørgsmålet om, hvordan man fastholder ejerskabet, \
                når driften presser. Og hvordan jeg som leder undgår at tage opgaven tilbage, når det går stærkt.""";
    }

    static LoopSummary realisticLoop(int number, String observationAnswer) {
        return new LoopSummary(
                "da",
                OWNER,
                PRINT_DATE,
                "Færre overdragelser, mere sammenhæng for borgeren",
                "Borgere i hjemmeplejen møder for mange forskellige medarbejdere i løbet af en uge, og "
                        + "overgangene mellem dag- og aftenvagt går tabt.",
                number,
                "Refleksion",
                false,
                number == 1 ? "" : "Afprøv faste kontaktpersoner i én rute mere og inddrag de pårørende.",
                List.of(new LabelledText("Hvad skal vi afprøve?",
                                "Faste teams på to ruter i fire uger, så borgeren møder de samme ansigter."),
                        new LabelledText("Hvilke gode erfaringer kan vi tage afsæt i?",
                                "Søndergårds rute, hvor to faste medarbejdere har kørt i et år.")),
                List.of(new LabelledText("Baseline", "I gennemsnit møder en borger 11 forskellige medarbejdere om ugen."),
                        new LabelledText("Succeskriterium/værdiskabelse",
                                "Borgerne oplever tryghed, og medarbejderne får større ejerskab for forløbet."),
                        new LabelledText("Indikatorer",
                                "Antal forskellige medarbejdere pr. borger; færre opkald fra pårørende.",
                                List.of(new SummaryComment("Jørgen Å. Møller", LocalDate.of(2026, 11, 20),
                                        "Godt set! Hvad sagde de pårørende til ændringen?"))),
                        new LabelledText("Metoder/informanter",
                                "Vagtplanen, korte samtaler med fem borgere og en måling af trivsel på holdet.")),
                "Første refleksionsmøde",
                LocalDate.of(2026, 12, 8),
                List.of(
                        new PhaseAnswers(Phase.ACTION, "Aktion", List.of(
                                new LabelledText("Hvordan skal vi samarbejde?",
                                        "Planlæggeren og to teamledere lagde ruterne om sammen med medarbejderne."),
                                new LabelledText("Hvilke barrierer skal vi have fjernet eller mindsket?", ""),
                                new LabelledText("Hvad skal vi have hjælp til?",
                                        "Økonomiafdelingen hjalp med at se på kørselstiden."))),
                        new PhaseAnswers(Phase.OBSERVATION, "Observation", List.of(
                                new LabelledText("Hvad kigger vi efter undervejs og hvordan?", observationAnswer),
                                new LabelledText("Hvordan hjælper vi hinanden med at få øje på stjernestunder?",
                                        "Vi deler én stjernestund på hvert tavlemøde.")))),
                List.of(
                        new SummaryEntry(EntryKind.OBSERVATION, "Observation", LocalDate.of(2026, 11, 3),
                                "Tre ud af fem borgere nævnte selv, at de kendte »pigen fra i går«. Det er første gang.",
                                "Erfaringer", List.of()),
                        new SummaryEntry(EntryKind.INSIGHT, "A-ha-oplevelse", LocalDate.of(2026, 11, 10),
                                "Sammenhæng opstår ikke i vagtplanen, men i de små overleveringer på gangen.",
                                "", List.of())),
                List.of(new SummaryEntry(EntryKind.STAR_MOMENT, "Stjernestund", LocalDate.of(2026, 11, 12),
                        "Fru Østergaard bad om at få »sit team« med til mødet på sygehuset.", "", List.of())),
                new LabelledText("Stjernestunder?", "Da aftenvagten selv foreslog at møde ti minutter før for at få "
                        + "overdragelsen på plads."),
                new EvaluationSummary(
                        "Før prøvehandling",
                        "Efter prøvehandling",
                        "Hvad er forskellen?",
                        List.of(
                                new EvaluationSummary.Row(
                                        new LabelledText("Hvad tænker jeg/vi om udfordringen nu?",
                                                "At det er et planlægningsproblem, som økonomien styrer."),
                                        new LabelledText("Hvad tænker jeg/vi om udfordringen efter prøvehandlingen?",
                                                "At det også handler om kultur og om at turde give ansvar væk."),
                                        new LabelledText("Hvad er forskellen?",
                                                "Jeg ser nu medarbejderne som medejere af løsningen.")),
                                new EvaluationSummary.Row(
                                        new LabelledText("Hvad gør jeg/vi med udfordringen nu?",
                                                "Vi lapper huller i vagtplanen fra dag til dag."),
                                        new LabelledText("Hvad gør jeg/vi med udfordringen efter prøvehandlingen?",
                                                "Teamene fordeler selv opgaverne på ugemødet."),
                                        new LabelledText("Hvad er forskellen?", "Færre akutte ændringer; mere ro."))),
                        "Før: hvor meget udfordrer problemet (1-5)",
                        4,
                        "Efter: hvor meget understøtter prøvehandlingen (1-5)",
                        2),
                List.of(new LabelledText("Hvad tænker vi om det, vi har afprøvet?",
                        "Det virker, når teamet selv får lov at eje ruten; det kræver, at jeg går forrest og "
                                + "tør stå på mål for færre målbare besparelser i første omgang.")),
                List.of(new LabelledText("Besluttet næste handling",
                                "Udvide til to ruter mere og invitere pårørende til et dialogmøde."),
                        new LabelledText("Hvordan kan vi bruge vores erkendelser i nye aktioner?",
                                "Vi følger op på hvert andet ugemøde med tre spørgsmål."),
                        new LabelledText("Hvordan holder vi processen på sporet?", "")),
                LocalDate.of(2027, 1, 12),
                List.of(new LabelledText("Mønsteranalyse",
                                "Hvordan får jeg økonomiafdelingen med, uden at det bliver en spareøvelse?"),
                        new LabelledText("Hvad udfordrer dig aktuelt?",
                                "At fastholde ro på ruterne, når sygefraværet stiger i vinter.")),
                List.of(new LabelledText("Hvordan kan man forstå problemet?", "",
                        List.of(new SummaryComment("Jørgen Å. Møller", LocalDate.of(2026, 11, 21),
                                "Overvej at tage en medarbejder med til netværksmødet.")))));
    }
}
