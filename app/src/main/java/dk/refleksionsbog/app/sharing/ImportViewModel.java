package dk.refleksionsbog.app.sharing;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.exchange.ExchangeImporter;
import dk.refleksionsbog.core.exchange.ImportReport;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Importing a {@code .refleksion} file: it is read and validated as a whole first and shown as a
 * preview of what it would add and update, computed by the importer without writing anything.
 * Only "Importer" applies it, in one transaction; a rejected file leaves the journal unchanged.
 */
public final class ImportViewModel {

    public enum Step {
        /** Reading the file. */
        READING,
        /** The file is encrypted; the passphrase is needed to look inside. */
        NEEDS_PASSPHRASE,
        /** What the file would do; nothing has changed yet. */
        PREVIEW,
        /** Applied. */
        IMPORTED,
        /** The file cannot be imported; the journal is unchanged. */
        REJECTED
    }

    private final ExchangeImporter importer;
    private final BackgroundExecutor executor;
    private final FailureTexts failureTexts;
    private final Autosave autosave;
    private final Path file;
    private final Runnable onImported;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.READING);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final BooleanBinding nothingNew = Bindings.createBooleanBinding(
            () -> step.get() == Step.PREVIEW && !report.get().changesSomething(), step, report);
    private final BooleanBinding canImport = Bindings.createBooleanBinding(
            () -> step.get() == Step.PREVIEW && !nothingNew.get(), step, nothingNew);
    private char[] passphrase;

    /** @param onImported runs on the UI thread once the file is in the journal */
    public ImportViewModel(ExchangeImporter importer, BackgroundExecutor executor, Autosave autosave, Path file,
            FailureTexts failureTexts, Runnable onImported) {
        this.importer = importer;
        this.executor = executor;
        this.autosave = autosave;
        this.file = file;
        this.failureTexts = failureTexts;
        this.onImported = onImported;
    }

    public Path file() {
        return file;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The preview, and after importing what was done. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The importer's own words on what is wrong with the file, or a wrong passphrase. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The previewed file holds nothing the journal does not have already, e.g. when imported twice. */
    public BooleanBinding nothingNewProperty() {
        return nothingNew;
    }

    /** "Importer" has something to do: a preview that changes the journal. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Looks at the file: asks for a passphrase if it is encrypted, else shows the preview. */
    public void open() {
        step.set(Step.READING);
        executor.submit(() -> ExchangeImporter.isEncrypted(file), encrypted -> {
            if (encrypted) {
                step.set(Step.NEEDS_PASSPHRASE);
            } else {
                preview(null);
            }
        }, this::rejected);
    }

    /** Opens an encrypted file; a wrong passphrase is said so and may be typed again. */
    public void unlock(String typed) {
        preview(typed.toCharArray());
    }

    private void preview(char[] secret) {
        autosave.flush();
        executor.submit(() -> importer.preview(file, secret), planned -> {
            passphrase = secret;
            report.set(planned);
            problem.set(null);
            step.set(Step.PREVIEW);
        }, failure -> {
            if (secret != null) {
                problem.set(failureTexts.describe(failure));
                step.set(Step.NEEDS_PASSPHRASE);
            } else {
                rejected(failure);
            }
        });
    }

    /** Applies the file as previewed, if it changes anything. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        char[] secret = passphrase;
        autosave.flush();
        executor.submit(() -> importer.importFile(file, secret), done -> {
            report.set(done);
            problem.set(null);
            step.set(Step.IMPORTED);
            onImported.run();
        }, this::rejected);
    }

    private void rejected(Exception failure) {
        problem.set(failureTexts.describe(failure));
        step.set(Step.REJECTED);
    }
}
