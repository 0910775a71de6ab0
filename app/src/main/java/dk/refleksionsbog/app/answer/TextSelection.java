package dk.refleksionsbog.app.answer;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/** Selects searched words in the first of a screen's text controls that holds them, as a search hit is opened. */
public final class TextSelection {
    private TextSelection() {}

    /** The lookup selector of an answer area, from the answer's template key. */
    public static String answerSelector(String fieldKey) {
        return "#answer-" + fieldKey.replace('.', '-');
    }

    /**
     * Once the screen is in a window: focuses the first control that contains the words (ignoring
     * case), or else the first control found, and selects the words in it.
     *
     * @param selectors lookup selectors of the candidate controls, most likely first
     */
    public static void selectWhenShown(Node screen, List<String> selectors, String words, Locale locale) {
        // Content of a scroll pane joins the scene graph only once the pane has its skin.
        Runnable select = () -> {
            screen.applyCss();
            select(screen, selectors, words, locale);
        };
        if (screen.getScene() != null) {
            Platform.runLater(select);
        } else {
            screen.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene scene) {
                    if (scene != null) {
                        screen.sceneProperty().removeListener(this);
                        Platform.runLater(select);
                    }
                }
            });
        }
    }

    private static void select(Node screen, List<String> selectors, String words, Locale locale) {
        TextInputControl first = null;
        String wanted = words == null ? "" : words.toLowerCase(locale);
        for (String selector : selectors) {
            if (screen.lookup(selector) instanceof TextInputControl control) {
                first = first == null ? control : first;
                int start = wanted.isEmpty() ? -1 : control.getText().toLowerCase(locale).indexOf(wanted);
                if (start >= 0) {
                    control.requestFocus();
                    control.selectRange(start, start + wanted.length());
                    return;
                }
            }
        }
        if (first != null) {
            first.requestFocus();
        }
    }
}
