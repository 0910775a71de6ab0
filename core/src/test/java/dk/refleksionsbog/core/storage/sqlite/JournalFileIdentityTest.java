package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFileIdentityTest {
    @TempDir
    Path folder;

    private Path journal;
    private JournalFileIdentity identity;

    @BeforeEach
    void openJournal() throws Exception {
        journal = folder.resolve("journal.refleksionsbog");
        Files.writeString(journal, "the opened file");
        identity = JournalFileIdentity.of(journal);
    }

    @Test
    @DisplayName("the same file, even after it was written to, is still the journal")
    void unchangedFile() throws Exception {
        Files.writeString(journal, "more content in the same file");

        assertThat(identity.whatChanged()).isEmpty();
    }

    @Test
    @DisplayName("a deleted journal file is noticed")
    void deletedFile() throws Exception {
        Files.delete(journal);

        assertThat(identity.whatChanged()).hasValueSatisfying(reason -> assertThat(reason).contains("deleted"));
    }

    @Test
    @DisplayName("a journal file renamed away is noticed")
    void movedFile() throws Exception {
        Files.move(journal, folder.resolve("elsewhere.refleksionsbog"));

        assertThat(identity.whatChanged()).hasValueSatisfying(reason -> assertThat(reason).contains("moved"));
    }

    @Test
    @DisplayName("a journal file replaced by another file under the same name is noticed")
    void replacedFile() throws Exception {
        Path other = folder.resolve("other");
        Files.writeString(other, "the opened file");
        Files.move(other, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(identity.whatChanged()).hasValueSatisfying(reason -> assertThat(reason).contains("replaced"));
    }
}
