package dk.refleksionsbog.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading a template set rejects a broken file with a message naming the set and the key")
class TemplateValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    @DisplayName("a question without English is found by the translation scan and refused by the loader")
    void missingTranslationFails() {
        URL broken = getClass().getResource("broken/missing-english.json");

        assertThat(TranslationScan.untranslated(broken)).containsExactly("/phases/1/questions/1/text lacks en");
        TemplateException error = catchThrowableOfType(TemplateException.class, () -> TemplateLoader.load(broken));
        assertThat(error).hasMessage("Template set 'broken-missing-english' (missing-english.json): "
                + "'phase.planning.q2' has no English (en) text");
    }

    @Test
    void blankDanishTextIsRefused() throws IOException {
        URL file = mutated(set -> question(set, 0, 0).with("text").put("da", "  "));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .hasMessageContaining("'phase.challenge.q1' has no Danish (da) text");
    }

    @Test
    void aMissingLoopFieldIsNamed() throws IOException {
        URL file = mutated(set -> removeField(set, "trialAction", "trialAction.indicators"));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .hasMessageContaining("ledelse-ud-af-boksen")
                .hasMessageContaining("section 'trialAction' lacks the field 'trialAction.indicators'");
    }

    @Test
    void theDateFieldMustBeADate() throws IOException {
        URL file = mutated(set -> ((ObjectNode) set.with("trialAction").withArray("fields").get(4)).put("kind", "TEXT"));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .hasMessageContaining("field 'trialAction.firstReflectionMeeting' must be DATE, is TEXT");
    }

    @Test
    void duplicateKeysAreNamed() throws IOException {
        URL file = mutated(set -> question(set, 2, 1).put("key", "phase.action.q1"));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .hasMessageContaining("key 'phase.action.q1' is used more than once");
    }

    @Test
    void everyPhaseNeedsAGuidingQuestion() throws IOException {
        URL file = mutated(set -> ((ObjectNode) set.withArray("phases").get(4)).putArray("questions"));

        assertThatThrownBy(() -> TemplateLoader.load(file)).hasMessageContaining("phase REFLECTION has no guiding question");
    }

    @Test
    void allSixPhasesMustBeListedInOrder() throws IOException {
        URL file = mutated(set -> set.withArray("phases").remove(5));

        assertThatThrownBy(() -> TemplateLoader.load(file)).hasMessageContaining(
                "phases must list [CHALLENGE, PLANNING, ACTION, OBSERVATION, REFLECTION, NEW_ACTION] once each");
    }

    @Test
    void aMistypedPlaceholderIsRefused() throws IOException {
        URL file = mutated(set -> question(set, 0, 0).with("text").put("en", "Why {strategi}?"));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .hasMessageContaining("'phase.challenge.q1' (en) has the unknown placeholder {strategi}");
    }

    @Test
    void theMeetingAndJobVisitGuidesMustExist() throws IOException {
        URL file = mutated(set -> {
            set.remove("meetingGuide");
            set.putArray("jobVisitGuide");
        });

        TemplateException error = catchThrowableOfType(TemplateException.class, () -> TemplateLoader.load(file));
        assertThat(error.problems()).contains("meetingGuide has no sections", "jobVisitGuide has no sections");
        assertThat(error).hasMessageContaining("has 2 problems");
    }

    @Test
    void everyLeadershipFormNeedsWording() throws IOException {
        URL file = mutated(set -> set.with("choices").withArray("leadershipForms").remove(0));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .hasMessageContaining("choice 'leadershipForm' has no wording for VISION");
    }

    @Test
    void anUnknownPropertyIsNamed() throws IOException {
        URL file = mutated(set -> set.put("strategyDefualt", "typo"));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Template file ledelse-ud-af-boksen.json: cannot be read")
                .hasMessageContaining("strategyDefualt");
    }

    @Test
    void malformedJsonNamesTheFile() throws IOException {
        Path file = folder.resolve("half.json");
        Files.writeString(file, "{\"id\": \"half\", ", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TemplateLoader.load(file.toUri().toURL()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Template file half.json: cannot be read");
    }

    @Test
    @DisplayName("two files defining the same set id are refused")
    void duplicateSetIdsAreRefused() throws IOException {
        Path copy = Files.copy(Path.of(toUri(defaultFile())), folder.resolve("copy.json"));
        Path index = folder.resolve("template-sets.json");
        Files.writeString(index, "{\"templateSets\": [\"copy.json\"]}", StandardCharsets.UTF_8);
        URL defaultIndex = TemplateRegistry.class.getClassLoader().getResource(TemplateRegistry.INDEX);

        assertThatThrownBy(() -> TemplateRegistry.fromIndexes(List.of(defaultIndex, index.toUri().toURL())))
                .hasMessageContaining("'ledelse-ud-af-boksen'")
                .hasMessageContaining("is defined twice")
                .hasMessageContaining(copy.getFileName().toString());
    }

    @Test
    void anIndexEntryMustStayInItsFolder() throws IOException {
        Path index = folder.resolve("template-sets.json");
        Files.writeString(index, "{\"templateSets\": [\"../elsewhere.json\"]}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TemplateRegistry.fromIndexes(List.of(index.toUri().toURL())))
                .hasMessageContaining("entry '../elsewhere.json' must be a plain file name");
    }

    private URL mutated(Consumer<ObjectNode> change) throws IOException {
        ObjectNode set = (ObjectNode) JSON.readTree(defaultFile());
        change.accept(set);
        Path file = folder.resolve("ledelse-ud-af-boksen.json");
        Files.writeString(file, JSON.writeValueAsString(set), StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }

    private static ObjectNode question(ObjectNode set, int phase, int question) {
        return (ObjectNode) set.withArray("phases").get(phase).withArray("questions").get(question);
    }

    private static void removeField(ObjectNode set, String section, String key) {
        ArrayNode fields = set.with(section).withArray("fields");
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).get("key").asText().equals(key)) {
                fields.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static URL defaultFile() {
        return TemplateRegistry.class.getResource("ledelse-ud-af-boksen.json");
    }

    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
