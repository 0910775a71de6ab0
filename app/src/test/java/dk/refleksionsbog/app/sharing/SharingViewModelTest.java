package dk.refleksionsbog.app.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.comment.CommentEditorViewModel;
import dk.refleksionsbog.app.comment.CommentTarget;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.sharing.ExportViewModel.PassphraseProblem;
import dk.refleksionsbog.app.sharing.ImportViewModel.Step;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.exchange.ExchangeImporter;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import dk.refleksionsbog.core.exchange.ImportReport;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharingViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore mine;
    private JournalStore partners;
    private Loop loop;
    private int imported;

    @BeforeEach
    void open() {
        mine = SqliteJournalStore.open(folder.resolve("mine.refleksionsbog"), clock);
        partners = SqliteJournalStore.open(folder.resolve("partner.refleksionsbog"), clock);
        loop = Journals.challengeWithFirstLoop(mine, "Mødekultur i ledergruppen", clock);
        mine.answers().save(Answer.create(UUID.randomUUID(), loop.id(), "trialAction.baseline",
                "Møderne fyldes af orientering.", clock.instant()));
    }

    @AfterEach
    void close() {
        mine.close();
        partners.close();
    }

    private ExportViewModel exportOfLoop() {
        return new ExportViewModel(mine, new ExchangeExporter(mine, clock), executor,
                new Autosave(mine, executor, clock, Duration.ofMillis(600)), clock, ExchangeScope.LOOP, loop.id(),
                FailureTexts.forLanguage("da"));
    }

    private ImportViewModel importInto(JournalStore store, Path file) {
        return importInto(store, file, "da");
    }

    private ImportViewModel importInto(JournalStore store, Path file, String language) {
        return new ImportViewModel(new ExchangeImporter(store), executor,
                new Autosave(store, executor, clock, Duration.ofMillis(600)), file, FailureTexts.forLanguage(language),
                () -> imported++);
    }

    @Test
    void aSharedLoopIsPreviewedWithoutChangingTheJournalThenImported() {
        ExportViewModel export = exportOfLoop();
        export.export(folder.resolve("til-lene"));
        Path file = folder.resolve("til-lene.refleksion");
        assertThat(export.exportedProperty().get()).isEqualTo(file);

        ImportViewModel preview = importInto(partners, file);
        preview.open();

        assertThat(preview.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(preview.reportProperty().get().scope()).isEqualTo(ExchangeScope.LOOP);
        assertThat(preview.reportProperty().get().added()).isGreaterThanOrEqualTo(3);
        assertThat(partners.challenges().list()).isEmpty();
        assertThat(imported).isZero();

        preview.importNow();

        assertThat(preview.stepProperty().get()).isEqualTo(Step.IMPORTED);
        assertThat(imported).isEqualTo(1);
        assertThat(partners.challenges().list()).singleElement().satisfies(challenge -> {
            assertThat(challenge.title()).isEqualTo("Mødekultur i ledergruppen");
            assertThat(challenge.isShared()).isTrue();
        });
        assertThat(partners.answers().textsByKey(loop.id())).containsEntry("trialAction.baseline",
                "Møderne fyldes af orientering.");
    }

    @Test
    void anEncryptedFileAsksForThePassphraseAndSaysSoWhenItIsWrong() {
        ExportViewModel export = exportOfLoop();
        export.encryptProperty().set(true);
        export.passphraseProperty().set("kort");
        assertThat(export.passphraseProblemProperty().get()).isEqualTo(PassphraseProblem.TOO_SHORT);
        export.passphraseProperty().set("hemmelig frase");
        export.repeatedPassphraseProperty().set("hemmelig frace");
        assertThat(export.passphraseProblemProperty().get()).isEqualTo(PassphraseProblem.DIFFERENT);
        export.export(folder.resolve("ikke.refleksion"));
        assertThat(Files.exists(folder.resolve("ikke.refleksion"))).isFalse();
        export.repeatedPassphraseProperty().set("hemmelig frase");
        Path file = folder.resolve("hemmelig.refleksion");
        export.export(file);
        assertThat(new String(readAll(file), StandardCharsets.ISO_8859_1)).doesNotContain("Mødekultur");

        ImportViewModel importing = importInto(partners, file);
        importing.open();
        assertThat(importing.stepProperty().get()).isEqualTo(Step.NEEDS_PASSPHRASE);

        importing.unlock("forkert frase");

        assertThat(importing.stepProperty().get()).isEqualTo(Step.NEEDS_PASSPHRASE);
        assertThat(importing.problemProperty().get()).startsWith("Adgangsfrasen passer ikke");
        assertThat(partners.challenges().list()).isEmpty();

        importing.unlock("hemmelig frase");
        importing.importNow();

        assertThat(importing.stepProperty().get()).isEqualTo(Step.IMPORTED);
        assertThat(partners.challenges().list()).hasSize(1);
    }

    @Test
    void aBrokenFileIsRejectedWithTheImportersMessageAndTheJournalIsUnchanged() throws Exception {
        ExportViewModel export = exportOfLoop();
        Path file = folder.resolve("del.refleksion");
        export.export(file);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));
        byte[] before = Files.readAllBytes(folder.resolve("mine.refleksionsbog"));

        ImportViewModel importing = importInto(mine, file);
        importing.open();

        assertThat(importing.stepProperty().get()).isEqualTo(Step.REJECTED);
        assertThat(importing.problemProperty().get()).startsWith("Filen kan ikke importeres")
                .as("the importer's details, for whoever helps").contains("truncated");
        importing.importNow();
        assertThat(importing.stepProperty().get()).isEqualTo(Step.REJECTED);
        assertThat(imported).isZero();
        assertThat(mine.challenges().list()).extracting(Challenge::title).containsExactly("Mødekultur i ledergruppen");
        assertThat(Files.readAllBytes(folder.resolve("mine.refleksionsbog"))).isEqualTo(before);
    }

    @Test
    void inEnglishARejectedFileIsExplainedInEnglish() throws Exception {
        Path file = Files.writeString(folder.resolve("noter.refleksion"), "Mine noter, ikke en delingsfil");

        ImportViewModel importing = importInto(mine, file, "en");
        importing.open();

        assertThat(importing.stepProperty().get()).isEqualTo(Step.REJECTED);
        assertThat(importing.problemProperty().get()).startsWith("The file cannot be imported: it is not a valid");
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        ExportViewModel export = exportOfLoop();
        Path file = folder.resolve("del.refleksion");
        export.export(file);
        ImportViewModel first = importInto(partners, file);
        first.open();
        first.importNow();

        ImportViewModel again = importInto(partners, file);
        again.open();

        assertThat(again.reportProperty().get().changesSomething()).isFalse();
        assertThat(again.reportProperty().get().unchanged()).isPositive();
    }

    @Test
    void importIsOfferedForANewFileAndNotForTheSameFileAgain() {
        Path file = folder.resolve("del.refleksion");
        exportOfLoop().export(file);
        ImportViewModel first = importInto(partners, file);
        first.open();
        assertThat(first.canImportProperty().get()).isTrue();
        assertThat(first.nothingNewProperty().get()).isFalse();
        first.importNow();
        assertThat(first.canImportProperty().get()).isFalse();

        ImportViewModel again = importInto(partners, file);
        again.open();

        assertThat(again.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(again.nothingNewProperty().get()).isTrue();
        assertThat(again.canImportProperty().get()).isFalse();
        again.importNow();
        assertThat(again.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(imported).isEqualTo(1);
    }

    @Test
    void theWholeJournalIsSuggestedAsADatedRefleksionFile() {
        ExportViewModel export = new ExportViewModel(mine, new ExchangeExporter(mine, clock), executor,
                new Autosave(mine, executor, clock, Duration.ofMillis(600)), clock, ExchangeScope.JOURNAL, null,
                FailureTexts.forLanguage("da"));

        assertThat(export.suggestedFileName()).isEqualTo("refleksionsbog-journal-2026-11-23.refleksion");
        Path file = folder.resolve(export.suggestedFileName());
        export.export(file);
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void theSendersNameIsTheJournalsOwnerNameAndAChangedOneIsRemembered() {
        mine.saveJournal(mine.journal().withOwnerName("Anne", clock.instant()));
        ExportViewModel export = exportOfLoop();
        export.load();
        assertThat(export.yourNameProperty().get()).isEqualTo("Anne");

        export.yourNameProperty().set("Anne Holm");
        Path file = folder.resolve("til-mette.refleksion");
        export.export(file);

        assertThat(mine.journal().ownerName()).isEqualTo("Anne Holm");
        ImportViewModel importing = importInto(partners, file);
        importing.open();
        assertThat(importing.reportProperty().get().exportedBy()).isEqualTo("Anne Holm");
        assertThat(importing.reportProperty().get().sharedBy()).isEqualTo("Anne Holm");
    }

    @Test
    void thePartnersCommentsTravelBackAndAppearWithoutTouchingTheOwnersText() throws Exception {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, "Kun to sagde noget på mødet.",
                LocalDate.of(2026, 11, 20), clock.instant()).linkedTo(loop.challengeId(), loop.id(), Phase.ACTION,
                clock.instant());
        mine.entries().save(entry);
        Path loopFile = folder.resolve("loop.refleksion");
        exportOfLoop().export(loopFile);
        ImportViewModel partnerImport = importInto(partners, loopFile);
        partnerImport.open();
        partnerImport.importNow();
        Answer baseline = partners.answers().find(loop.id(), "trialAction.baseline").orElseThrow();
        clock.advance(Duration.ofHours(1));
        comment(baseline.id(), "Hvordan ved du det?", "Mette Lund");
        comment(entry.id(), "Hvem var de to?", "Mette Lund");

        ExportViewModel comments = new ExportViewModel(partners, new ExchangeExporter(partners, clock), executor,
                new Autosave(partners, executor, clock, Duration.ofMillis(600)), clock, ExchangeScope.COMMENTS,
                loop.challengeId(), FailureTexts.forLanguage("da"));
        comments.load();
        assertThat(comments.yourNameProperty().get()).isEqualTo("Mette Lund");
        assertThat(comments.suggestedFileName()).startsWith("refleksionsbog-kommentarer-");
        Path commentsFile = folder.resolve("kommentarer.refleksion");
        comments.export(commentsFile);
        assertThat(Files.readString(commentsFile)).contains("Hvordan ved du det?")
                .doesNotContain("Møderne fyldes af orientering.").doesNotContain("Kun to sagde noget på mødet.");

        List<Answer> ownAnswers = mine.answers().listByOwner(loop.id());
        Entry ownEntry = mine.entries().find(entry.id()).orElseThrow();
        ImportViewModel ownerImport = importInto(mine, commentsFile);
        ownerImport.open();
        ImportReport preview = ownerImport.reportProperty().get();
        assertThat(preview.scope()).isEqualTo(ExchangeScope.COMMENTS);
        assertThat(preview.exportedBy()).isEqualTo("Mette Lund");
        assertThat(preview.commentsAdded()).isEqualTo(2);
        assertThat(preview.updated()).isZero();
        ownerImport.importNow();

        assertThat(mine.comments().listByLoop(loop.id())).extracting(SparringComment::targetId, SparringComment::author,
                SparringComment::text).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(baseline.id(), "Mette Lund", "Hvordan ved du det?"),
                        org.assertj.core.groups.Tuple.tuple(entry.id(), "Mette Lund", "Hvem var de to?"));
        assertThat(mine.answers().listByOwner(loop.id())).containsExactlyInAnyOrderElementsOf(ownAnswers);
        assertThat(mine.entries().find(entry.id())).contains(ownEntry);
        assertThat(mine.challenges().find(loop.challengeId()).orElseThrow().isShared()).isFalse();

        ImportViewModel again = importInto(mine, commentsFile);
        again.open();
        assertThat(again.reportProperty().get().changesSomething()).isFalse();
    }

    private void comment(UUID targetId, String text, String author) {
        CommentEditorViewModel editor = new CommentEditorViewModel(partners, executor, clock,
                new CommentTarget(targetId, loop.id(), "", ""), FailureTexts.forLanguage("da"));
        editor.load();
        editor.authorProperty().set(author);
        editor.textProperty().set(text);
        editor.save(saved -> { });
        clock.advance(Duration.ofMinutes(1));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStorageFailureWhileExportingIsShownInTheLeadersLanguage() {
        mine = new FailingStore(mine).failWith(StorageProblem.DISK_FULL);

        ExportViewModel export = exportOfLoop();
        export.load();

        assertThat(export.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
