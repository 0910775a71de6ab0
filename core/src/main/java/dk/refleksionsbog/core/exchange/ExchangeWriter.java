package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.refleksionsbog.core.exchange.ExchangeDocument.AnswerDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.ChallengeDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.CommentDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.EntryDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JobVisitDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JournalDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.LoopDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.MeetingDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.PhaseChangeDto;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Writes an exchange document token by token: the same bytes Jackson's data binding writes for the
 * wire records (their {@code @JsonPropertyOrder}, null for an absent value, the journal settings
 * left out when absent, ISO-8601 text for times and dates), without first building serializers for
 * ten record types by reflection, which was a fifth of a cold export's main thread
 * (docs/benchmarks.md). ExchangeWriterTest holds it byte for byte to the data binding's output.
 */
final class ExchangeWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ExchangeWriter() {}

    static byte[] toBytes(ExchangeDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(ExchangeJson.printer());
            write(json, document);
        } catch (IOException impossible) {
            throw new UncheckedIOException("An exchange document could not be written as JSON", impossible);
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator json, ExchangeDocument document) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", document.format());
        json.writeNumberField("formatVersion", document.formatVersion());
        instant(json, "exportedAt", document.exportedAt());
        json.writeStringField("exportedBy", document.exportedBy());
        uuid(json, "journalId", document.journalId());
        json.writeStringField("scope", document.scope());
        if (document.journal() != null) {
            json.writeFieldName("journal");
            journal(json, document.journal());
        }
        json.writeArrayFieldStart("challenges");
        for (ChallengeDto challenge : document.challenges()) {
            challenge(json, challenge);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("loops");
        for (LoopDto loop : document.loops()) {
            loop(json, loop);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("answers");
        for (AnswerDto answer : document.answers()) {
            answer(json, answer);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entries");
        for (EntryDto entry : document.entries()) {
            entry(json, entry);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("meetings");
        for (MeetingDto meeting : document.meetings()) {
            meeting(json, meeting);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("jobVisits");
        for (JobVisitDto visit : document.jobVisits()) {
            jobVisit(json, visit);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("comments");
        for (CommentDto comment : document.comments()) {
            comment(json, comment);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void journal(JsonGenerator json, JournalDto journal) throws IOException {
        json.writeStartObject();
        uuid(json, "id", journal.id());
        json.writeStringField("ownerName", journal.ownerName());
        json.writeStringField("language", journal.language());
        json.writeStringField("templateSetId", journal.templateSetId());
        json.writeStringField("strategyName", journal.strategyName());
        times(json, journal.createdAt(), journal.updatedAt());
        json.writeEndObject();
    }

    private static void challenge(JsonGenerator json, ChallengeDto challenge) throws IOException {
        json.writeStartObject();
        uuid(json, "id", challenge.id());
        json.writeStringField("title", challenge.title());
        json.writeStringField("description", challenge.description());
        json.writeStringField("status", challenge.status());
        strings(json, "tags", challenge.tags());
        json.writeStringField("strategicIntention", challenge.strategicIntention());
        json.writeStringField("learningNeed", challenge.learningNeed());
        json.writeStringField("resources", challenge.resources());
        json.writeStringField("workMode", challenge.workMode());
        json.writeStringField("sharedBy", challenge.sharedBy());
        times(json, challenge.createdAt(), challenge.updatedAt());
        json.writeEndObject();
    }

    private static void loop(JsonGenerator json, LoopDto loop) throws IOException {
        json.writeStartObject();
        uuid(json, "id", loop.id());
        uuid(json, "challengeId", loop.challengeId());
        json.writeNumberField("number", loop.number());
        json.writeStringField("currentPhase", loop.currentPhase());
        json.writeFieldName("phaseHistory");
        if (loop.phaseHistory() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (PhaseChangeDto change : loop.phaseHistory()) {
                json.writeStartObject();
                json.writeStringField("from", change.from());
                json.writeStringField("to", change.to());
                instant(json, "at", change.at());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        integer(json, "ratingBefore", loop.ratingBefore());
        integer(json, "ratingAfter", loop.ratingAfter());
        date(json, "firstReflectionMeeting", loop.firstReflectionMeeting());
        json.writeStringField("carriedOverAction", loop.carriedOverAction());
        instant(json, "finishedAt", loop.finishedAt());
        times(json, loop.createdAt(), loop.updatedAt());
        json.writeEndObject();
    }

    private static void answer(JsonGenerator json, AnswerDto answer) throws IOException {
        json.writeStartObject();
        uuid(json, "id", answer.id());
        uuid(json, "ownerId", answer.ownerId());
        json.writeStringField("fieldKey", answer.fieldKey());
        json.writeStringField("text", answer.text());
        times(json, answer.createdAt(), answer.updatedAt());
        json.writeEndObject();
    }

    private static void entry(JsonGenerator json, EntryDto entry) throws IOException {
        json.writeStartObject();
        uuid(json, "id", entry.id());
        json.writeStringField("kind", entry.kind());
        json.writeStringField("text", entry.text());
        date(json, "occurredOn", entry.occurredOn());
        strings(json, "tags", entry.tags());
        uuid(json, "challengeId", entry.challengeId());
        uuid(json, "loopId", entry.loopId());
        json.writeStringField("phase", entry.phase());
        json.writeStringField("evidenceLevel", entry.evidenceLevel());
        times(json, entry.createdAt(), entry.updatedAt());
        json.writeEndObject();
    }

    private static void meeting(JsonGenerator json, MeetingDto meeting) throws IOException {
        json.writeStartObject();
        uuid(json, "id", meeting.id());
        json.writeStringField("kind", meeting.kind());
        json.writeStringField("title", meeting.title());
        date(json, "date", meeting.date());
        time(json, "startTime", meeting.startTime());
        json.writeNumberField("durationMinutes", meeting.durationMinutes());
        json.writeStringField("location", meeting.location());
        strings(json, "participants", meeting.participants());
        uuid(json, "challengeId", meeting.challengeId());
        uuid(json, "loopId", meeting.loopId());
        times(json, meeting.createdAt(), meeting.updatedAt());
        json.writeEndObject();
    }

    private static void jobVisit(JsonGenerator json, JobVisitDto visit) throws IOException {
        json.writeStartObject();
        uuid(json, "id", visit.id());
        json.writeStringField("role", visit.role());
        json.writeStringField("partner", visit.partner());
        json.writeStringField("activity", visit.activity());
        date(json, "date", visit.date());
        strings(json, "leadershipForms", visit.leadershipForms());
        uuid(json, "challengeId", visit.challengeId());
        times(json, visit.createdAt(), visit.updatedAt());
        json.writeEndObject();
    }

    private static void comment(JsonGenerator json, CommentDto comment) throws IOException {
        json.writeStartObject();
        uuid(json, "id", comment.id());
        uuid(json, "targetId", comment.targetId());
        uuid(json, "loopId", comment.loopId());
        json.writeStringField("author", comment.author());
        json.writeStringField("text", comment.text());
        times(json, comment.createdAt(), comment.updatedAt());
        json.writeEndObject();
    }

    private static void times(JsonGenerator json, Instant createdAt, Instant updatedAt) throws IOException {
        instant(json, "createdAt", createdAt);
        instant(json, "updatedAt", updatedAt);
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeFieldName(name);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void uuid(JsonGenerator json, String name, UUID value) throws IOException {
        json.writeStringField(name, value == null ? null : value.toString());
    }

    /** ISO-8601 in UTC with as many fraction digits as needed, as Jackson's InstantSerializer writes it. */
    private static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        json.writeStringField(name, value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value));
    }

    private static void date(JsonGenerator json, String name, LocalDate value) throws IOException {
        json.writeStringField(name, value == null ? null : value.toString());
    }

    /** Always with seconds ("09:30:00"), as Jackson's LocalTimeSerializer writes it. */
    private static void time(JsonGenerator json, String name, LocalTime value) throws IOException {
        json.writeStringField(name, value == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(value));
    }

    private static void integer(JsonGenerator json, String name, Integer value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.intValue());
        }
    }
}
