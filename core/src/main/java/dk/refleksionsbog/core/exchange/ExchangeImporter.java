package dk.refleksionsbog.core.exchange;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.storage.JournalStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports exchange files into the journal. The whole file is read, decrypted, parsed, checked
 * against the schema, the domain rules and the journal before anything is written; then every
 * change is applied in one transaction. A rejected file leaves the journal exactly as it was.
 */
public final class ExchangeImporter {
    private final JournalStore store;
    /** Made at the first read: setting up the parser and the schema check is a noticeable part of a short import. */
    private ExchangeReader reader;
    private final ExchangeCrypto crypto;

    public ExchangeImporter(JournalStore store, ExchangeCrypto crypto) {
        this.store = store;
        this.crypto = crypto;
    }

    public ExchangeImporter(JournalStore store) {
        this(store, new ExchangeCrypto());
    }

    /** What importing the file would do, without changing the journal. */
    public ImportReport preview(Path file, char[] passphrase) throws ImportRejectedException {
        return preview(fileContent(file), passphrase);
    }

    public ImportReport preview(byte[] content, char[] passphrase) throws ImportRejectedException {
        return ImportPlanner.plan(store, document(content, passphrase)).report();
    }

    /**
     * Imports the file.
     *
     * @param passphrase the passphrase of an encrypted file; null or empty for a plain one
     */
    public ImportReport importFile(Path file, char[] passphrase) throws ImportRejectedException {
        return importBytes(fileContent(file), passphrase);
    }

    public ImportReport importBytes(byte[] content, char[] passphrase) throws ImportRejectedException {
        return importDocument(document(content, passphrase));
    }

    /**
     * Reads, decrypts and checks an exchange file: everything an import does before the journal
     * is involved. It touches no journal, so a caller may run it while the journal is being
     * opened; {@link #importFile(CheckedFile)} then does the rest.
     *
     * @param passphrase the passphrase of an encrypted file; null or empty for a plain one
     */
    public static CheckedFile readFile(Path file, char[] passphrase) throws ImportRejectedException {
        return new CheckedFile(document(new ExchangeReader(), new ExchangeCrypto(), fileContent(file), passphrase));
    }

    /** Imports a file read by {@link #readFile}, exactly as {@link #importFile} imports it. */
    public ImportReport importFile(CheckedFile file) throws ImportRejectedException {
        return importDocument(file.document);
    }

    private ImportReport importDocument(ExchangeDocument document) throws ImportRejectedException {
        // Planning outside the transaction rejects a bad file before any write lock is taken. The
        // merge decisions must hold for exactly what is committed, so the plan is made again inside
        // the transaction, unless the journal's change stamp shows that nothing was written since.
        Optional<String> plannedAgainst = store.changeStamp();
        ImportPlanner.Plan plan = ImportPlanner.plan(store, document);
        try {
            return store.inAllOrNothingTransaction(() -> {
                boolean unchanged = plannedAgainst.isPresent() && plannedAgainst.equals(store.changeStamp());
                return apply(unchanged ? plan : planOrThrow(document));
            });
        } catch (RuntimeException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof RejectedInsideTransaction rejected) {
                    throw rejected.reason;
                }
            }
            throw failed;
        }
    }

    /** Whether the file is passphrase-encrypted, so a user interface knows to ask for the passphrase. */
    public static boolean isEncrypted(Path file) throws ImportRejectedException {
        try (InputStream in = Files.newInputStream(file)) {
            return ExchangeCrypto.isEncrypted(in.readNBytes(ExchangeCrypto.MAGIC_LENGTH));
        } catch (NoSuchFileException missing) {
            throw new ImportRejectedException(ImportProblem.NOT_READABLE, "There is no file " + file, missing);
        } catch (IOException unreadable) {
            throw new ImportRejectedException(ImportProblem.NOT_READABLE, "The file " + file + " could not be read: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    private ExchangeDocument document(byte[] content, char[] passphrase) throws ImportRejectedException {
        if (reader == null) {
            reader = new ExchangeReader();
        }
        return document(reader, crypto, content, passphrase);
    }

    private static ExchangeDocument document(ExchangeReader reader, ExchangeCrypto crypto, byte[] content,
            char[] passphrase) throws ImportRejectedException {
        boolean encrypted = ExchangeCrypto.isEncrypted(content);
        byte[] json = encrypted && passphrase != null && passphrase.length > 0 ? crypto.decrypt(content, passphrase) : content;
        return reader.read(json);
    }

    private ImportPlanner.Plan planOrThrow(ExchangeDocument document) {
        try {
            return ImportPlanner.plan(store, document);
        } catch (ImportRejectedException rejected) {
            throw new RejectedInsideTransaction(rejected);
        }
    }

    private ImportReport apply(ImportPlanner.Plan plan) {
        if (plan.journalSettings() != null) {
            store.saveJournal(plan.journalSettings());
        }
        plan.challenges().forEach(store.challenges()::save);
        plan.loops().forEach(store.loops()::save);
        plan.meetings().forEach(store.meetings()::save);
        plan.jobVisits().forEach(store.jobVisits()::save);
        plan.answers().forEach(store.answers()::save);
        for (Entry entry : plan.entries()) {
            // planned inside this transaction, or before it with nothing written since (the change
            // stamp): an entry the plan adds is not in the journal, and if it were, the insert would fail
            if (plan.adds(entry.id())) {
                store.entries().add(entry);
            } else {
                store.entries().save(entry);
            }
        }
        plan.comments().forEach(store.comments()::save);
        return plan.report();
    }

    private static byte[] fileContent(Path file) throws ImportRejectedException {
        try {
            long size = Files.size(file);
            if (size > ExchangeFormat.MAX_FILE_BYTES) {
                throw ExchangeReader.tooLarge(size);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new ImportRejectedException(ImportProblem.NOT_READABLE, "There is no file " + file, missing);
        } catch (IOException unreadable) {
            throw new ImportRejectedException(ImportProblem.NOT_READABLE, "The file " + file + " could not be read: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /** An exchange file that {@link #readFile} read and found valid; only it makes them. */
    public static final class CheckedFile {
        private final ExchangeDocument document;

        private CheckedFile(ExchangeDocument document) {
            this.document = document;
        }
    }

    /** Carries a rejection out of the transaction's work so the transaction rolls back. */
    private static final class RejectedInsideTransaction extends RuntimeException {
        private final transient ImportRejectedException reason;

        RejectedInsideTransaction(ImportRejectedException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }
    }
}
