package dk.refleksionsbog.app.meeting;

import dk.refleksionsbog.app.answer.AnswerField;
import java.util.List;

/** A titled part of a guide (an agenda, an interview step) with its guidance and answer fields. */
public record AgendaSection(String id, String title, String intro, List<String> guidance, List<AnswerField> fields) {
    public AgendaSection {
        guidance = List.copyOf(guidance);
        fields = List.copyOf(fields);
    }
}
