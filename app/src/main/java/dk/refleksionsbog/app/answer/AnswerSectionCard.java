package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.app.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A guide section as a card: heading, lead-in, guidance as a list, then an answer area per field. */
public final class AnswerSectionCard {
    private AnswerSectionCard() {}

    /** A card whose answers cannot show their earlier versions (guidance only, or no history wanted). */
    public static VBox of(AnswerSection section, Messages messages) {
        return of(section, messages, null);
    }

    /**
     * @param showHistory shows an answer's earlier versions; null for no "earlier versions" buttons
     */
    public static VBox of(AnswerSection section, Messages messages, Consumer<AnswerField> showHistory) {
        VBox card = new VBox(8);
        card.getStyleClass().add("card");
        Label heading = new Label(section.title());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        card.getChildren().add(heading);
        if (!section.intro().isBlank()) {
            card.getChildren().add(hint(section.intro()));
        }
        for (String advice : section.guidance()) {
            card.getChildren().add(hint("•  " + advice));
        }
        for (AnswerField field : section.fields()) {
            AnswerArea area = new AnswerArea(field, messages, true);
            card.getChildren().add((showHistory == null ? area : area.withHistory(showHistory)).root());
        }
        return card;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }
}
