package dk.refleksionsbog.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token-by-token reader against Jackson's data binding with the options the loader used
 * before: the same records from every template file we ship, and a refusal wherever data binding
 * refused.
 */
@DisplayName("TemplateJson reads what Jackson's data binding read, and refuses what it refused")
class TemplateJsonTest {
    private static final ObjectMapper DATA_BINDING = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedTemplateSetReadsToTheSameRecords(String resource) throws IOException {
        byte[] file = resource(resource);

        TemplateSetDocument read = TemplateJson.readSet(new ByteArrayInputStream(file));

        assertThat(read).isEqualTo(DATA_BINDING.readValue(file, TemplateSetDocument.class));
        assertThat(read.phases()).isNotEmpty();
        assertThat(read.choices().leadershipForms()).isNotEmpty();
    }

    static Stream<String> shippedFiles() {
        return Stream.of("/dk/refleksionsbog/core/template/ledelse-ud-af-boksen.json",
                "/second-set/dk/refleksionsbog/core/template/toender-ledelsesgrundlag.json");
    }

    @Test
    void anIndexReadsToItsFileNames() throws IOException {
        assertThat(TemplateJson.readIndex(stream("{\"templateSets\": [\"a.json\", \"b.json\"]}")))
                .containsExactly("a.json", "b.json");
        assertThat(TemplateJson.readIndex(stream("{}"))).isNull();
        assertThat(TemplateJson.readIndex(stream("{\"templateSets\": null}"))).isNull();
    }

    @Test
    void absentAndNullValuesReadAsDataBindingReadThem() throws IOException {
        String sparse = "{\"id\": \"x\", \"version\": 2, \"title\": null, \"phases\": [{\"phase\": \"ACTION\", \"questions\": null}],"
                + " \"challenge\": {\"id\": \"c\", \"fields\": [{\"key\": \"k\", \"kind\": null,"
                + " \"text\": {\"da\": \"d\"}}]}, \"meetingGuide\": null, \"choices\": {\"workModes\": null}}";

        assertThat(TemplateJson.readSet(stream(sparse)))
                .isEqualTo(DATA_BINDING.readValue(sparse, TemplateSetDocument.class));
        String onlyVersion = "{\"version\": 1}";
        assertThat(TemplateJson.readSet(stream(onlyVersion)))
                .isEqualTo(DATA_BINDING.readValue(onlyVersion, TemplateSetDocument.class));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void whatDataBindingRefusedIsRefusedNamingTheProblem(String json, String named) {
        assertThatThrownBy(() -> DATA_BINDING.readValue(json, TemplateSetDocument.class)).isInstanceOf(IOException.class);

        assertThatThrownBy(() -> TemplateJson.readSet(stream(json)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(named);
    }

    static List<Object[]> refused() {
        return List.of(
                new Object[] {"{\"id\": \"x\", \"strategyDefualt\": \"typo\"}", "strategyDefualt"},
                new Object[] {"{\"title\": {\"da\": \"a\", \"de\": \"b\"}}", "'de'"},
                new Object[] {"{\"id\": \"x\", \"id\": \"y\"}", "id"},
                new Object[] {"{\"version\": null}", "whole number"},
                new Object[] {"{\"id\": \"x\"}", "'version' is missing"},
                new Object[] {"{\"phases\": [{\"phase\": \"DREAMING\"}]}", "DREAMING"},
                new Object[] {"{\"challenge\": {\"fields\": [{\"kind\": \"COLOUR\"}]}}", "COLOUR"},
                new Object[] {"{\"phases\": {\"phase\": \"ACTION\"}}", "list"},
                new Object[] {"{\"title\": \"Ledelse\"}", "object"},
                new Object[] {"{\"meetingGuide\": [{\"guidance\": [\"plain text\"]}]}", "object"},
                new Object[] {"{\"id\": \"half\", ", "end-of-input"},
                new Object[] {"[]", "object"});
    }

    @Test
    void aVersionWithAFractionIsRefusedWhereDataBindingCutItOff() {
        assertThatThrownBy(() -> TemplateJson.readSet(stream("{\"version\": 1.5}"))).hasMessageContaining("whole number");
    }

    @Test
    void contentAfterTheSetIsRefusedWhereDataBindingIgnoredIt() {
        assertThatThrownBy(() -> TemplateJson.readSet(stream("{\"version\": 1} {\"version\": 2}")))
                .hasMessageContaining("after the end");
    }

    @Test
    void aFileOfOnlyNullIsRefused() {
        assertThatThrownBy(() -> TemplateJson.readSet(stream("null"))).hasMessageContaining("template set is expected");
    }

    @Test
    void theLineOfTheProblemIsNamed() {
        assertThatThrownBy(() -> TemplateJson.readSet(stream("{\n\"id\": \"x\",\n\"welcome\": 3\n}")))
                .hasMessageContaining("line 3");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TemplateJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
