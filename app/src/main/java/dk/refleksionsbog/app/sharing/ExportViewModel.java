package dk.refleksionsbog.app.sharing;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.exchange.ExchangeCrypto;
import dk.refleksionsbog.core.exchange.ExchangeDocument;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Sharing a loop, a challenge or the whole journal as a {@code .refleksion} file, optionally
 * encrypted with a passphrase typed twice. A loop or challenge shared with the leader exports
 * only the leader's comments on it. The file names its sender: the user's name, kept as the
 * journal's owner name and editable here.
 */
public final class ExportViewModel {
    public static final String EXTENSION = ".refleksion";

    /** Why the passphrase cannot be used yet. */
    public enum PassphraseProblem { TOO_SHORT, DIFFERENT }

    private final JournalStore store;
    private final ExchangeExporter exporter;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Autosave autosave;
    private final Clock clock;
    private final ExchangeScope scope;
    private final UUID id;

    private final StringProperty yourName = new SimpleStringProperty("");
    private String rememberedName = "";
    private final BooleanProperty encrypt = new SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PassphraseProblem> passphraseProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /**
     * @param scope LOOP, CHALLENGE or JOURNAL, as the leader asked; COMMENTS for the comments on a
     *     challenge shared with the leader
     * @param id the loop, or the challenge (always the challenge for COMMENTS); null for the journal
     */
    public ExportViewModel(JournalStore store, ExchangeExporter exporter, BackgroundExecutor executor,
            Autosave autosave, Clock clock, ExchangeScope scope, UUID id, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.exporter = exporter;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.scope = scope;
        this.id = id;
        for (ObservableValue<?> input : new ObservableValue<?>[] {encrypt, passphrase, repeated}) {
            input.addListener((observable, before, after) -> checkPassphrase());
        }
    }

    /** Reads the user's name in the background, to show it before the file is written. */
    public void load() {
        executor.submit(() -> store.journal().ownerName(), name -> {
            rememberedName = name;
            if (yourName.get().isBlank()) {
                yourName.set(name);
            }
        }, failure -> problem.set(failures.describe(failure)));
    }

    public ExchangeScope scope() {
        return scope;
    }

    /** The name the recipient sees the file as coming from; remembered in the journal when changed. */
    public StringProperty yourNameProperty() {
        return yourName;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatedPassphraseProperty() {
        return repeated;
    }

    /** Null when the file can be written: not encrypted, or a long enough passphrase typed the same twice. */
    public ReadOnlyObjectProperty<PassphraseProblem> passphraseProblemProperty() {
        return passphraseProblem.getReadOnlyProperty();
    }

    public static int minimumPassphraseLength() {
        return ExchangeCrypto.MIN_PASSPHRASE_LENGTH;
    }

    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String suggestedFileName() {
        String what = switch (scope) {
            case LOOP -> "loop";
            case CHALLENGE -> "udfordring";
            case JOURNAL -> "journal";
            case COMMENTS -> "kommentarer";
        };
        return "refleksionsbog-" + what + "-" + LocalDate.now(clock) + EXTENSION;
    }

    private void checkPassphrase() {
        if (!encrypt.get()) {
            passphraseProblem.set(null);
        } else if (passphrase.get().length() < ExchangeCrypto.MIN_PASSPHRASE_LENGTH) {
            passphraseProblem.set(PassphraseProblem.TOO_SHORT);
        } else if (!passphrase.get().equals(repeated.get())) {
            passphraseProblem.set(PassphraseProblem.DIFFERENT);
        } else {
            passphraseProblem.set(null);
        }
    }

    /** Writes the file atomically in the background; what was just typed is saved first so it goes along. */
    public void export(Path chosen) {
        checkPassphrase();
        if (passphraseProblem.get() != null) {
            return;
        }
        Path target = chosen.getFileName().toString().endsWith(EXTENSION) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + EXTENSION);
        char[] secret = encrypt.get() ? passphrase.get().toCharArray() : null;
        String name = yourName.get().strip();
        boolean newName = !name.isEmpty() && !name.equals(rememberedName);
        Instant now = clock.instant();
        autosave.flush();
        executor.submit(() -> {
            if (newName) {
                Journal journal = store.journal();
                store.saveJournal(journal.withOwnerName(name, now.isBefore(journal.updatedAt()) ? journal.updatedAt() : now));
            }
            ExchangeDocument document = switch (scope) {
                case LOOP -> exporter.loop(id);
                case CHALLENGE, COMMENTS -> exporter.challenge(id);
                case JOURNAL -> exporter.journal();
            };
            exporter.write(document, target, secret);
            return target;
        }, written -> {
            if (newName) {
                rememberedName = name;
            }
            problem.set(null);
            exported.set(written);
        }, failure -> problem.set(failures.describe(failure)));
    }
}
