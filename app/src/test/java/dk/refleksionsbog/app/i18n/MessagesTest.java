package dk.refleksionsbog.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.exchange.ImportProblem;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages danish = Messages.forLanguage("da");
    private final Messages english = Messages.forLanguage("en");

    @Test
    void danishAndEnglishHaveExactlyTheSameKeys() {
        assertThat(english.bundle().keySet()).containsExactlyInAnyOrderElementsOf(danish.bundle().keySet());
    }

    @Test
    void noTextIsBlank() {
        for (Messages messages : List.of(danish, english)) {
            for (String key : messages.bundle().keySet()) {
                assertThat(messages.get(key)).as(messages.language() + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void danishIsReadAsUtf8AndIsTheDefaultEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Messages messages = Messages.forLanguage("da");
            assertThat(messages.get("menu.file.open")).isEqualTo("Åbn journal…");
            assertThat(messages.get("loop.phase.planning.title")).isEqualTo("Planlægning");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyKeyBuiltFromAnEnumExistsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            keys.add("loop.phase." + PhaseTexts.keyPart(phase) + ".title");
        }
        for (Destination destination : Destination.values()) {
            keys.add("place." + destination.name().toLowerCase(Locale.ROOT));
        }
        for (EntryKind kind : EntryKind.values()) {
            keys.add("entry.kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (EvidenceLevel level : EvidenceLevel.values()) {
            keys.add("entry.evidence." + level.name().toLowerCase(Locale.ROOT));
        }
        for (Shortcut shortcut : Shortcut.values()) {
            keys.add(shortcut.messageKey());
        }
        for (StorageProblem problem : StorageProblem.values()) {
            keys.add(FailureTexts.key(problem));
        }
        for (InputProblem problem : InputProblem.values()) {
            keys.add(FailureTexts.key(problem));
        }
        for (ImportProblem problem : ImportProblem.values()) {
            keys.add(FailureTexts.key(problem));
        }
        for (DomainRuleViolation.Kind kind : DomainRuleViolation.Kind.values()) {
            keys.add(FailureTexts.key(kind));
        }
        keys.add("language.da");
        keys.add("language.en");
        for (String key : keys) {
            assertThat(danish.bundle().containsKey(key)).as("da " + key).isTrue();
            assertThat(english.bundle().containsKey(key)).as("en " + key).isTrue();
        }
    }

    @Test
    void everyLiteralKeyTheCodeAsksForExists() throws IOException {
        Pattern lookup = Pattern.compile("(?:messages\\.(?:get|format)|label|columnTitle)\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = lookup.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        // A key ending in a dot is a prefix completed from an enum; those are checked above.
        assertThat(used.stream().filter(key -> !key.endsWith(".") && !danish.bundle().containsKey(key)).toList())
                .as("keys used in the code but missing from messages.properties").isEmpty();
    }
}
