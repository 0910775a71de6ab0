package dk.refleksionsbog.app.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The settings as a small JSON file, replaced atomically so a crash leaves the old or the new one. */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The saved settings; the defaults when there are none or the file cannot be read. */
    public UiSettings load() {
        if (!Files.isRegularFile(file)) {
            return UiSettings.defaults();
        }
        try {
            UiSettings settings = json.readValue(file.toFile(), UiSettings.class);
            return settings == null ? UiSettings.defaults() : settings;
        } catch (JacksonException unreadable) {
            LOG.warn("Ignoring unreadable settings file {}: {}", file, unreadable.getOriginalMessage());
            return UiSettings.defaults();
        } catch (IOException unreadable) {
            LOG.warn("Could not read settings file {}: {}", file, unreadable.toString());
            return UiSettings.defaults();
        }
    }

    public void save(UiSettings settings) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".settings-", ".tmp");
        try {
            if (POSIX) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(json.writeValueAsBytes(settings));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
