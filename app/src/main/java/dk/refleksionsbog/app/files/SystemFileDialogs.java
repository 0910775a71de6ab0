package dk.refleksionsbog.app.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open and save dialogs. */
public final class SystemFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.pattern()));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> open(Window owner, String title, FileKind kind, String allFilesDescription) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.pattern()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(allFilesDescription, "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
