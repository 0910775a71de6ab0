package dk.refleksionsbog.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A second programme is added as a file and an index entry, without code")
class SecondTemplateSetTest {
    private static final String TOENDER = "toender-ledelsesgrundlag";

    @Test
    @DisplayName("a folder with Tønder's set and its own index joins the registry next to the default set")
    void secondSetLoadsThroughTheSameRegistry() throws IOException {
        URL folder = SecondTemplateSetTest.class.getResource("/second-set/");
        try (URLClassLoader withSecondSet = new URLClassLoader(new URL[] {folder}, getClass().getClassLoader())) {
            TemplateRegistry registry = TemplateRegistry.load(withSecondSet);

            assertThat(registry.sets()).extracting(TemplateSet::id)
                    .containsExactlyInAnyOrder(Journal.DEFAULT_TEMPLATE_SET, TOENDER);
            TemplateSet toender = registry.get(TOENDER);
            Wording danish = toender.wording("da", "");
            assertThat(danish.text(toender.questionsFor(Phase.CHALLENGE).get(0)))
                    .isEqualTo("Hvordan lever ledelsesgrundlaget på jeres arbejdsplads?");
            assertThat(toender.meetingGuide().get(0).fields()).extracting(danish::text)
                    .containsExactly("Hvad giver jeres drøftelse anledning til at ændre på – og hvorfor?",
                            "Hvordan vil I gøre det og hvem er ansvarlig for at sætte det i gang?", "Hvornår?");

            Journal journal = new Journal(UUID.randomUUID(), "Sanne", "da", TOENDER, "", Instant.EPOCH, Instant.EPOCH);
            assertThat(registry.forJournal(journal)).isSameAs(toender);
            assertThat(toender.text(LoopField.TRIAL_SUCCESS_CRITERION.key(), journal))
                    .contains("ind i Tønder Kommunes ledelsesgrundlag, hvis");
        }
    }

    @Test
    @DisplayName("a template folder of an installed app adds its sets to the shipped one")
    void setsFromAFolder(@TempDir Path folder) throws IOException, URISyntaxException {
        Path source = Path.of(SecondTemplateSetTest.class.getResource("/second-set/" + TemplateRegistry.INDEX).toURI())
                .getParent();
        for (String name : List.of(TemplateRegistry.FOLDER_INDEX, TOENDER + ".json")) {
            Files.copy(source.resolve(name), folder.resolve(name));
        }

        assertThat(TemplateRegistry.loadDefaultAndFolder(folder).sets()).extracting(TemplateSet::id)
                .containsExactly(Journal.DEFAULT_TEMPLATE_SET, TOENDER);
        assertThat(TemplateRegistry.loadDefaultAndFolder(folder.resolve("missing")).sets()).extracting(TemplateSet::id)
                .containsExactly(Journal.DEFAULT_TEMPLATE_SET);
    }

    @Test
    @DisplayName("the default class path knows only the shipped set")
    void defaultRegistryHasOnlyTheShippedSet() {
        assertThat(TemplateRegistry.loadDefault().sets()).extracting(TemplateSet::id)
                .containsExactly(Journal.DEFAULT_TEMPLATE_SET);
    }

    @Test
    @DisplayName("a journal naming a set that is not installed gets a clear message")
    void unknownSetIsNamed() {
        Journal journal = new Journal(UUID.randomUUID(), "", "da", "aarhus-2027", "", Instant.EPOCH, Instant.EPOCH);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TemplateRegistry.loadDefault().forJournal(journal))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'aarhus-2027'")
                .hasMessageContaining("is not installed");
    }
}
