package dk.refleksionsbog.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.refleksionsbog.core.domain.challenge.ChallengeStatus;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema, the wire records and the domain enums describe the same format; a rename anywhere shows here. */
class ExchangeSchemaContractTest {
    private final JsonNode schema = readSchema();

    private static JsonNode readSchema() {
        try (var in = ExchangeSchemaContractTest.class.getResourceAsStream(ExchangeFormat.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @Test
    @DisplayName("every enumeration in the schema lists exactly the domain's constants")
    void enumsMatchTheDomain() {
        JsonNode defs = schema.get("$defs");
        assertThat(values(defs.at("/challenge/properties/status/enum"))).isEqualTo(names(ChallengeStatus.values()));
        assertThat(values(defs.at("/challenge/properties/workMode/enum"))).isEqualTo(names(WorkMode.values()));
        assertThat(values(defs.at("/phase/enum"))).isEqualTo(names(Phase.values()));
        assertThat(values(defs.at("/entry/properties/kind/enum"))).isEqualTo(names(EntryKind.values()));
        assertThat(values(defs.at("/entry/properties/evidenceLevel/enum"))).isEqualTo(names(EvidenceLevel.values()));
        assertThat(values(defs.at("/meeting/properties/kind/enum"))).isEqualTo(names(MeetingKind.values()));
        assertThat(values(defs.at("/jobVisit/properties/role/enum"))).isEqualTo(names(VisitRole.values()));
        assertThat(values(defs.at("/jobVisit/properties/leadershipForms/items/enum")))
                .isEqualTo(names(LeadershipForm.values()));
        assertThat(values(schema.at("/properties/scope/enum"))).isEqualTo(Arrays.stream(ExchangeScope.values())
                .map(ExchangeScope::wireName).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    @DisplayName("every object in the schema has exactly the fields of its wire record, all required")
    void objectsMatchTheWireRecords() {
        Map<String, Class<?>> objects = Map.of(
                "journal", ExchangeDocument.JournalDto.class,
                "challenge", ExchangeDocument.ChallengeDto.class,
                "loop", ExchangeDocument.LoopDto.class,
                "answer", ExchangeDocument.AnswerDto.class,
                "entry", ExchangeDocument.EntryDto.class,
                "meeting", ExchangeDocument.MeetingDto.class,
                "jobVisit", ExchangeDocument.JobVisitDto.class,
                "comment", ExchangeDocument.CommentDto.class);
        objects.forEach((name, wire) -> {
            JsonNode object = schema.at("/$defs/" + name);
            Set<String> fields = Arrays.stream(wire.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(fieldNames(object.get("properties"))).as(name).isEqualTo(fields);
            assertThat(values(object.get("required"))).as(name).isEqualTo(fields);
            assertThat(object.get("additionalProperties").asBoolean(true)).as(name).isFalse();
        });
        Set<String> top = Arrays.stream(ExchangeDocument.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(fieldNames(schema.get("properties"))).isEqualTo(top);
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    private static Set<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return new TreeSet<>(names);
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
