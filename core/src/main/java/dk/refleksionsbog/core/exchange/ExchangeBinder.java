package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dk.refleksionsbog.core.exchange.ExchangeDocument.AnswerDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.ChallengeDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.CommentDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.EntryDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JobVisitDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JournalDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.LoopDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.MeetingDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.PhaseChangeDto;
import dk.refleksionsbog.core.storage.DateText;
import dk.refleksionsbog.core.storage.InstantText;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns the parsed tree of an exchange file, already checked against the schema, into the wire
 * records, field by field. What the schema lets through and a record cannot hold is refused with
 * where it is: a date or time that is not on the calendar (February 30), a whole number written
 * with a fraction (4.0), a value of the wrong kind. Done by hand instead of by Jackson's data
 * binding, which first built deserializers for ten record types by reflection: a sixth of a cold
 * import's main thread (docs/benchmarks.md). ExchangeBinderTest holds it to what data binding read.
 */
final class ExchangeBinder {
    private ExchangeBinder() {}

    static ExchangeDocument bind(JsonNode document) throws ImportRejectedException {
        try {
            Fields top = new Fields(document, "");
            JsonNode journal = top.node("journal");
            return new ExchangeDocument(
                    top.text("format"),
                    top.wholeNumber("formatVersion"),
                    top.instant("exportedAt"),
                    top.text("exportedBy"),
                    top.uuid("journalId"),
                    top.text("scope"),
                    journal == null ? null : journal(top.object("journal")),
                    top.list("challenges", ExchangeBinder::challenge),
                    top.list("loops", ExchangeBinder::loop),
                    top.list("answers", ExchangeBinder::answer),
                    top.list("entries", ExchangeBinder::entry),
                    top.list("meetings", ExchangeBinder::meeting),
                    top.list("jobVisits", ExchangeBinder::jobVisit),
                    top.list("comments", ExchangeBinder::comment));
        } catch (WrongValue wrong) {
            throw new ImportRejectedException("The value at " + wrong.pointer + " is not valid: " + wrong.reason,
                    wrong.getCause());
        }
    }

    private static JournalDto journal(Fields journal) {
        return new JournalDto(journal.uuid("id"), journal.text("ownerName"), journal.text("language"),
                journal.text("templateSetId"), journal.text("strategyName"), journal.instant("createdAt"),
                journal.instant("updatedAt"));
    }

    private static ChallengeDto challenge(Fields challenge) {
        return new ChallengeDto(challenge.uuid("id"), challenge.text("title"), challenge.text("description"),
                challenge.text("status"), challenge.texts("tags"), challenge.text("strategicIntention"),
                challenge.text("learningNeed"), challenge.text("resources"), challenge.text("workMode"),
                challenge.text("sharedBy"), challenge.instant("createdAt"), challenge.instant("updatedAt"));
    }

    private static LoopDto loop(Fields loop) {
        return new LoopDto(loop.uuid("id"), loop.uuid("challengeId"), loop.wholeNumber("number"),
                loop.text("currentPhase"), loop.list("phaseHistory", ExchangeBinder::phaseChange),
                loop.optionalWholeNumber("ratingBefore"), loop.optionalWholeNumber("ratingAfter"),
                loop.date("firstReflectionMeeting"), loop.text("carriedOverAction"), loop.instant("finishedAt"),
                loop.instant("createdAt"), loop.instant("updatedAt"));
    }

    private static PhaseChangeDto phaseChange(Fields change) {
        return new PhaseChangeDto(change.text("from"), change.text("to"), change.instant("at"));
    }

    private static AnswerDto answer(Fields answer) {
        return new AnswerDto(answer.uuid("id"), answer.uuid("ownerId"), answer.text("fieldKey"), answer.text("text"),
                answer.instant("createdAt"), answer.instant("updatedAt"));
    }

    private static EntryDto entry(Fields entry) {
        return new EntryDto(entry.uuid("id"), entry.text("kind"), entry.text("text"), entry.date("occurredOn"),
                entry.texts("tags"), entry.uuid("challengeId"), entry.uuid("loopId"), entry.text("phase"),
                entry.text("evidenceLevel"), entry.instant("createdAt"), entry.instant("updatedAt"));
    }

    private static MeetingDto meeting(Fields meeting) {
        return new MeetingDto(meeting.uuid("id"), meeting.text("kind"), meeting.text("title"), meeting.date("date"),
                meeting.time("startTime"), meeting.wholeNumber("durationMinutes"), meeting.text("location"),
                meeting.texts("participants"), meeting.uuid("challengeId"), meeting.uuid("loopId"),
                meeting.instant("createdAt"), meeting.instant("updatedAt"));
    }

    private static JobVisitDto jobVisit(Fields visit) {
        return new JobVisitDto(visit.uuid("id"), visit.text("role"), visit.text("partner"), visit.text("activity"),
                visit.date("date"), visit.texts("leadershipForms"), visit.uuid("challengeId"), visit.instant("createdAt"),
                visit.instant("updatedAt"));
    }

    private static CommentDto comment(Fields comment) {
        return new CommentDto(comment.uuid("id"), comment.uuid("targetId"), comment.uuid("loopId"),
                comment.text("author"), comment.text("text"), comment.instant("createdAt"), comment.instant("updatedAt"));
    }

    /** The fields of one JSON object and its JSON pointer, read as the record components' types. */
    private record Fields(JsonNode object, String pointer) {
        Fields {
            if (!object.isObject()) {
                throw new WrongValue(pointer.isEmpty() ? "/" : pointer, "an object is expected", null);
            }
        }

        /** The field's value; null when it is absent or JSON null. */
        JsonNode node(String name) {
            JsonNode value = object.get(name);
            return value == null || value.isNull() ? null : value;
        }

        Fields object(String name) {
            return new Fields(node(name), pointer + "/" + name);
        }

        String text(String name) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                throw wrong(name, "text is expected", null);
            }
            return value.textValue();
        }

        int wholeNumber(String name) {
            Integer value = optionalWholeNumber(name);
            if (value == null) {
                throw wrong(name, "a whole number is expected, not null", null);
            }
            return value;
        }

        Integer optionalWholeNumber(String name) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrong(name, "a whole number is expected, not " + value, null);
            }
            return value.intValue();
        }

        UUID uuid(String name) {
            String value = text(name);
            try {
                return value == null ? null : UUID.fromString(value);
            } catch (IllegalArgumentException notAnId) {
                throw wrong(name, "not an id: " + value, notAnId);
            }
        }

        Instant instant(String name) {
            return parsed(name, InstantText::parse);
        }

        LocalDate date(String name) {
            return parsed(name, DateText::parse);
        }

        LocalTime time(String name) {
            return parsed(name, LocalTime::parse);
        }

        List<String> texts(String name) {
            return items(name, (list, at) -> {
                JsonNode value = list.get(at);
                if (value.isNull()) {
                    return null;
                }
                if (!value.isTextual()) {
                    throw wrong(name + "/" + at, "text is expected", null);
                }
                return value.textValue();
            });
        }

        <T> List<T> list(String name, Function<Fields, T> item) {
            return items(name, (list, at) -> item.apply(new Fields(list.get(at), pointer + "/" + name + "/" + at)));
        }

        private <T> List<T> items(String name, BiFunction<JsonNode, Integer, T> item) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            if (!value.isArray()) {
                throw wrong(name, "a list is expected", null);
            }
            List<T> items = new ArrayList<>(value.size());
            for (int at = 0; at < value.size(); at++) {
                items.add(item.apply(value, at));
            }
            return items;
        }

        private <T> T parsed(String name, Function<String, T> parser) {
            String value = text(name);
            try {
                return value == null ? null : parser.apply(value);
            } catch (DateTimeException notOnTheCalendar) {
                throw wrong(name, ExchangeReader.firstLine(notOnTheCalendar.getMessage()), notOnTheCalendar);
            }
        }

        private WrongValue wrong(String name, String reason, Throwable cause) {
            return new WrongValue(pointer + "/" + name, reason, cause);
        }
    }

    /** Carries a refused value out of the nested reading to {@link #bind}, which turns it into a rejection. */
    private static final class WrongValue extends RuntimeException {
        private final String pointer;
        private final String reason;

        WrongValue(String pointer, String reason, Throwable cause) {
            super(pointer + ": " + reason, cause, false, false);
            this.pointer = pointer;
            this.reason = reason;
        }
    }
}
