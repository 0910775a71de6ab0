package dk.refleksionsbog.core.example;

import java.util.List;
import java.util.Random;

/** Plausible journal prose in Danish, assembled from a seeded random source so benchmarks are repeatable. */
final class DanishText {
    private static final List<String> NAMES = List.of("Mette", "Jonas", "Sara", "Ole", "Fatima", "Henrik", "Louise",
            "Ahmed", "Birgitte", "Søren", "Ida", "Mads", "Kirsten", "Ørjan", "Åse");
    private static final List<String> PLACES = List.of("hjemmeplejen", "daginstitutionen", "jobcentret",
            "skolen", "plejecentret", "borgerservice", "ungdomsskolen", "rengøringen", "køkkenet", "vejafdelingen");
    private static final List<String> TOPICS = List.of("vagtplanen", "sygefraværet", "budgettet", "mødekulturen",
            "overleveringen mellem vagterne", "samarbejdet med forældrene", "den nye it-løsning",
            "borgernes klager", "rekrutteringen", "trivselsmålingen", "arbejdsmiljøet", "den tværfaglige indsats");
    private static final List<String> SENTENCES = List.of(
            "I dag talte jeg med {name} fra {place} om {topic}.",
            "Det overraskede mig, at {name} selv tog ordet, da vi kom til {topic}.",
            "Jeg lagde mærke til, at samtalen ændrede sig, da vi begyndte at spørge i stedet for at forklare.",
            "Medarbejderne i {place} har længe oplevet, at {topic} bliver besluttet hen over hovedet på dem.",
            "Min antagelse var, at modstanden handlede om tid, men det handler måske mere om tillid.",
            "Vi aftalte at prøve det af i to uger og samle op på næste personalemøde.",
            "{name} sagde noget, jeg vil huske: \"Vi bliver ikke hørt, før det er for sent.\"",
            "Tallene for {topic} er stort set uændrede, men stemningen på gangen er en anden.",
            "Jeg skal være bedre til at vente, før jeg kommer med min egen løsning.",
            "Det var en stjernestund, da to teams i {place} selv foreslog at bytte opgaver.",
            "På netværksmødet spurgte {name}, hvordan jeg vil vide, om det virker. Det har jeg ikke et godt svar på endnu.",
            "Den tredobbelte bundlinje hjælper mig med at se, at borgeren, organisationen og økonomien trækker i hver sin retning.",
            "Jeg bemærkede, at vi bruger mange ord på orientering og få på beslutninger.",
            "Næste gang vil jeg starte mødet med et spørgsmål i stedet for en dagsorden.",
            "Der er en binding her: vi siger, vi vil inddrage, men vi planlægger, før vi spørger.",
            "Borgeren i {place} fortalte, at det betyder mere at se det samme ansigt end at få besøget til tiden.",
            "Jeg ved ikke, om det er en tendens eller bare en god uge, så jeg fortsætter med at tælle.",
            "{name} og jeg var uenige om {topic}, og det var faktisk en god samtale.",
            "Det kræver mod at sige højt, at planen ikke holdt, men det gav luft i gruppen.",
            "Efter jobbesøget hos {name} har jeg tænkt meget over, hvordan jeg bruger data uden at det bliver kontrol.",
            "Vi har fjernet to faste punkter fra dagsordenen, og ingen har savnet dem.",
            "Jeg oplever et paradoks: jo mere jeg styrer {topic}, jo mindre ansvar tager de andre.",
            "I morgen følger jeg op med {name} og spørger, hvad der skal til, før det føles som vores løsning.",
            "Refleksionen i læringsgruppen viste et mønster, som jeg ikke selv havde set.",
            "Økonomien er stram, så prøvehandlingen må ikke koste ekstra timer i {place}.",
            "Det er tydeligt, at medarbejderne vil, men rammerne står i vejen.",
            "Jeg har skrevet tre spørgsmål ned, som jeg vil tage med til fællesmødet.",
            "Måske er det ikke {topic}, der er problemet, men måden vi taler om det på.",
            "Der var stille i lokalet, og jeg lod stilheden være. Efter et øjeblik begyndte {name} at tale.",
            "Vi fejrede en lille sejr i {place} i dag: ingen klager i en hel måned.");

    private DanishText() {}

    /** Sentences in paragraphs until the text is about {@code length} characters long. */
    static String paragraphs(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 200);
        int sentencesInParagraph = 0;
        while (text.length() < length) {
            if (sentencesInParagraph == 4 + random.nextInt(3)) {
                text.append("\n\n");
                sentencesInParagraph = 0;
            } else if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence(random));
            sentencesInParagraph++;
        }
        return text.toString();
    }

    static String sentence(Random random) {
        return pick(random, SENTENCES)
                .replace("{name}", pick(random, NAMES))
                .replace("{place}", pick(random, PLACES))
                .replace("{topic}", pick(random, TOPICS));
    }

    static String name(Random random) {
        return pick(random, NAMES);
    }

    static String topic(Random random) {
        return pick(random, TOPICS);
    }

    static String place(Random random) {
        return pick(random, PLACES);
    }

    private static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
