package dk.refleksionsbog.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryStylesheetTest {
    @Test
    void theBuiltBinaryFormHoldsExactlyTheRulesOfTheStylesheetText() throws IOException {
        URL text = MainWindow.class.getResource(MainWindow.STYLESHEET);
        URL binary = MainWindow.class.getResource(MainWindow.STYLESHEET.replace(".css", ".bss"));

        assertThat(binary).as("app.bss beside app.css (made by the build)").isNotNull();
        assertThat(texts(Stylesheet.loadBinary(binary).getRules()))
                .isNotEmpty()
                .isEqualTo(texts(new CssParser().parse(text).getRules()));
    }

    @Test
    void aChangedStylesheetGivesADifferentBinaryForm(@TempDir Path folder) throws IOException {
        Path before = folder.resolve("before.css");
        Path after = folder.resolve("after.css");
        Files.writeString(before, ".journal-title { -fx-font-size: 1.2em; }");
        Files.writeString(after, ".journal-title { -fx-font-size: 1.4em; }");

        BinaryStylesheet.main(new String[] {before.toString(), folder.resolve("before.bss").toString()});
        BinaryStylesheet.main(new String[] {after.toString(), folder.resolve("after.bss").toString()});

        assertThat(texts(Stylesheet.loadBinary(folder.resolve("before.bss").toUri().toURL()).getRules()))
                .isNotEqualTo(texts(Stylesheet.loadBinary(folder.resolve("after.bss").toUri().toURL()).getRules()));
    }

    /** Selectors and declarations; a binary form's rules read their declarations only when asked. */
    private static List<String> texts(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
