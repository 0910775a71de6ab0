package dk.refleksionsbog.app.main;

import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Run by the build (app/pom.xml, execution {@code binary-stylesheet}): writes the app's stylesheet
 * in JavaFX's binary form beside it. When a scene names {@code app.css}, JavaFX loads an
 * {@code app.bss} found beside it instead of parsing the text; on a cold start that parse was
 * ~40 ms of the JavaFX thread's first frame, the binary form ~3 ms.
 */
public final class BinaryStylesheet {
    private BinaryStylesheet() {}

    /** {@code BinaryStylesheet SOURCE.css TARGET.bss} */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BinaryStylesheet SOURCE.css TARGET.bss");
        }
        Stylesheet.convertToBinary(new File(args[0]), new File(args[1]));
    }
}
