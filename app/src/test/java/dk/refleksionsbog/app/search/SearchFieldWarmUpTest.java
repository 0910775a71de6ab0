package dk.refleksionsbog.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A text field's code runs once off the window, styled as the window styles its fields. */
@ExtendWith(ApplicationExtension.class)
class SearchFieldWarmUpTest {
    private Scene window;
    private VBox content;

    @Start
    void start(Stage stage) {
        content = new VBox(new Label("Løkke 1"));
        content.getStyleClass().add("text-size-100");
        window = new Scene(content, 400, 300);
        window.getStylesheets().add("data:text/css;base64,LnRleHQtZmllbGQgeyAtZngtcHJlZi1jb2x1bW4tY291bnQ6IDc7IH0=");
        stage.setScene(window);
        stage.show();
    }

    @Test
    void aFieldIsMadeStyledWithTheWindowsStyleSheetsAndLaidOutInASceneOfItsOwnAndTheWindowKeepsWhatItHad() throws Exception {
        CompletableFuture<TextField> warmed = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> SearchFieldWarmUp.warmUp(window, warmed::complete)).get();

        TextField field = warmed.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(field.getSkin()).isInstanceOf(TextFieldSkin.class);
            assertThat(field.getPrefColumnCount()).isEqualTo(7);
            assertThat(field.getScene()).isNotSameAs(window);
            assertThat(field.getParent().getStyleClass()).contains("text-size-100");
            assertThat(field.getWidth()).isPositive();
            assertThat(content.getChildren()).hasSize(1);
            assertThat(window.getRoot()).isSameAs(content);
        }).get();
    }
}
