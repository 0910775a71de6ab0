package dk.refleksionsbog.app.answer;

import java.util.List;

/** A titled part of a guide (an agenda, an interview step) with its guidance and answer fields. */
public record AnswerSection(String id, String title, String intro, List<String> guidance, List<AnswerField> fields) {
    public AnswerSection {
        guidance = List.copyOf(guidance);
        fields = List.copyOf(fields);
    }
}
