package dk.refleksionsbog.core.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a template set file (and the index of them) token by token into its records. Every app
 * start reads the template set, and Jackson's data binding first built deserializers for eight
 * record types by reflection: ~45 ms of processor time on a cold start, competing with the
 * JavaFX toolkit's own start on a two-processor machine (docs/benchmarks.md). As strict as the
 * data binding it replaces (TemplateJsonTest compares the two): an unknown or repeated field, a
 * value of the wrong kind (a version with a fraction too, which data binding cut off), a missing
 * version, an unknown phase or field kind, or content after the document is refused, naming the field and the line. Plain switches rather than a table of lambdas: each
 * lambda's first call costs a cold start its own bootstrap.
 */
final class TemplateJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonParser parser;

    private TemplateJson(JsonParser parser) {
        this.parser = parser;
    }

    static TemplateSetDocument readSet(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            TemplateJson reader = new TemplateJson(parser);
            reader.advance();
            TemplateSetDocument set = reader.templateSet();
            if (set == null) {
                throw reader.refused("a template set is expected");
            }
            reader.expectEnd();
            return set;
        }
    }

    /** The file names an index lists; null when it names none. */
    static List<String> readIndex(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            TemplateJson reader = new TemplateJson(parser);
            reader.advance();
            List<String> sets = null;
            if (reader.startObject()) {
                for (String name = reader.nextField(); name != null; name = reader.nextField()) {
                    if (!name.equals("templateSets")) {
                        throw reader.unknown(name);
                    }
                    sets = reader.texts();
                }
            }
            reader.expectEnd();
            return sets;
        }
    }

    private TemplateSetDocument templateSet() throws IOException {
        if (!startObject()) {
            return null;
        }
        String id = null;
        Integer version = null;
        LocalizedText title = null;
        LocalizedText strategyDefault = null;
        LocalizedText welcome = null;
        List<PhaseGuide> phases = null;
        Section challenge = null;
        Section trialAction = null;
        Section evaluation = null;
        Section newAction = null;
        List<Section> meetingGuide = null;
        List<Section> jobVisitGuide = null;
        Choices choices = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "id" -> id = text();
                case "version" -> version = wholeNumber();
                case "title" -> title = localizedText();
                case "strategyDefault" -> strategyDefault = localizedText();
                case "welcome" -> welcome = localizedText();
                case "phases" -> phases = phaseGuides();
                case "challenge" -> challenge = section();
                case "trialAction" -> trialAction = section();
                case "evaluation" -> evaluation = section();
                case "newAction" -> newAction = section();
                case "meetingGuide" -> meetingGuide = sections();
                case "jobVisitGuide" -> jobVisitGuide = sections();
                case "choices" -> choices = choices();
                default -> throw unknown(name);
            }
        }
        if (version == null) {
            throw refused("the whole number 'version' is missing");
        }
        return new TemplateSetDocument(id, version, title, strategyDefault, welcome, phases, challenge, trialAction,
                evaluation, newAction, meetingGuide, jobVisitGuide, choices);
    }

    private List<PhaseGuide> phaseGuides() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<PhaseGuide> guides = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            guides.add(phaseGuide());
        }
        return guides;
    }

    private PhaseGuide phaseGuide() throws IOException {
        if (!startObject()) {
            return null;
        }
        Phase phase = null;
        LocalizedText title = null;
        LocalizedText explanation = null;
        List<Question> questions = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "phase" -> phase = constant(Phase.class);
                case "title" -> title = localizedText();
                case "explanation" -> explanation = localizedText();
                case "questions" -> questions = questions();
                default -> throw unknown(name);
            }
        }
        return new PhaseGuide(phase, title, explanation, questions);
    }

    private List<Question> questions() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<Question> questions = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            questions.add(question());
        }
        return questions;
    }

    private Question question() throws IOException {
        if (!startObject()) {
            return null;
        }
        String key = null;
        FieldKind kind = null;
        LocalizedText label = null;
        LocalizedText text = null;
        LocalizedText help = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "key" -> key = text();
                case "kind" -> kind = constant(FieldKind.class);
                case "label" -> label = localizedText();
                case "text" -> text = localizedText();
                case "help" -> help = localizedText();
                default -> throw unknown(name);
            }
        }
        return new Question(key, kind, label, text, help);
    }

    private List<Section> sections() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<Section> sections = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            sections.add(section());
        }
        return sections;
    }

    private Section section() throws IOException {
        if (!startObject()) {
            return null;
        }
        String id = null;
        LocalizedText title = null;
        LocalizedText intro = null;
        List<LocalizedText> guidance = null;
        List<Question> fields = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "id" -> id = text();
                case "title" -> title = localizedText();
                case "intro" -> intro = localizedText();
                case "guidance" -> guidance = localizedTexts();
                case "fields" -> fields = questions();
                default -> throw unknown(name);
            }
        }
        return new Section(id, title, intro, guidance, fields);
    }

    private Choices choices() throws IOException {
        if (!startObject()) {
            return null;
        }
        List<Choice> entryKinds = null;
        List<Choice> evidenceLevels = null;
        List<Choice> leadershipForms = null;
        List<Choice> tripleBottomLine = null;
        List<Choice> meetingKinds = null;
        List<Choice> visitRoles = null;
        List<Choice> workModes = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "entryKinds" -> entryKinds = choiceList();
                case "evidenceLevels" -> evidenceLevels = choiceList();
                case "leadershipForms" -> leadershipForms = choiceList();
                case "tripleBottomLine" -> tripleBottomLine = choiceList();
                case "meetingKinds" -> meetingKinds = choiceList();
                case "visitRoles" -> visitRoles = choiceList();
                case "workModes" -> workModes = choiceList();
                default -> throw unknown(name);
            }
        }
        return new Choices(entryKinds, evidenceLevels, leadershipForms, tripleBottomLine, meetingKinds, visitRoles,
                workModes);
    }

    private List<Choice> choiceList() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            choices.add(choice());
        }
        return choices;
    }

    private Choice choice() throws IOException {
        if (!startObject()) {
            return null;
        }
        String value = null;
        LocalizedText label = null;
        LocalizedText explanation = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "value" -> value = text();
                case "label" -> label = localizedText();
                case "explanation" -> explanation = localizedText();
                default -> throw unknown(name);
            }
        }
        return new Choice(value, label, explanation);
    }

    private List<LocalizedText> localizedTexts() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<LocalizedText> texts = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            texts.add(localizedText());
        }
        return texts;
    }

    private LocalizedText localizedText() throws IOException {
        if (!startObject()) {
            return null;
        }
        String da = null;
        String en = null;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "da" -> da = text();
                case "en" -> en = text();
                default -> throw unknown(name);
            }
        }
        return new LocalizedText(da, en);
    }

    private List<String> texts() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            texts.add(text());
        }
        return texts;
    }

    /** The value at the current token as text; null for JSON null. */
    private String text() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw refused("a text is expected");
        }
        return parser.getText();
    }

    private int wholeNumber() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw refused("a whole number is expected");
        }
        return parser.getIntValue();
    }

    private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        String name = text();
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw refused("'" + name + "' is not a " + type.getSimpleName());
        }
    }

    /** True at the start of an object, false at JSON null; anything else is refused. */
    private boolean startObject() throws IOException {
        return start(JsonToken.START_OBJECT, "an object");
    }

    private boolean startArray() throws IOException {
        return start(JsonToken.START_ARRAY, "a list");
    }

    private boolean start(JsonToken token, String what) throws IOException {
        JsonToken current = parser.currentToken();
        if (current == JsonToken.VALUE_NULL) {
            return false;
        }
        if (current != token) {
            throw refused(what + " is expected");
        }
        return true;
    }

    /** The next field's name with the parser on its value; null at the object's end. */
    private String nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name != null) {
            advance();
        }
        return name;
    }

    private JsonToken advance() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw refused("the document ends too early");
        }
        return token;
    }

    private void expectEnd() throws IOException {
        if (parser.nextToken() != null) {
            throw refused("there is content after the end of the document");
        }
    }

    private JsonParseException unknown(String field) {
        return refused("unknown field '" + field + "'");
    }

    private JsonParseException refused(String reason) {
        return new JsonParseException(parser, reason + " (line " + parser.currentLocation().getLineNr() + ")");
    }
}
