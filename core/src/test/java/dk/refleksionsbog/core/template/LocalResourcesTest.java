package dk.refleksionsbog.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalResourcesTest {
    @Test
    @DisplayName("template files are read from local files")
    void readsLocalFiles(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("set.json"), "{}");
        try (InputStream in = LocalResources.open(LocalResources.of(file))) {
            assertThat(in.readAllBytes()).containsExactly('{', '}');
        }
    }

    @Test
    @DisplayName("a template index pointing at a web address is refused before any connection")
    void refusesNetworkAddresses() {
        assertThatThrownBy(() -> LocalResources.open(URI.create("http://127.0.0.1:9/set.json").toURL()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("only local files");
        assertThatThrownBy(() -> LocalResources.open(URI.create("https://example.invalid/set.json").toURL()))
                .isInstanceOf(IOException.class);
    }
}
