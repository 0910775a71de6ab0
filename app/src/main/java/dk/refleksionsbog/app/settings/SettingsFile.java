package dk.refleksionsbog.app.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
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

/**
 * The settings as a small JSON file, replaced atomically so a crash leaves the old or the new one.
 * It is read on every start, so it is read and written with Jackson's streaming parser, field by
 * field: Jackson's data binding would load hundreds of classes for a handful of values.
 */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private static final JsonFactory JSON = new JsonFactory();

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
            try (JsonParser parser = JSON.createParser(file.toFile())) {
                return read(parser);
            }
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
                ByteBuffer bytes = ByteBuffer.wrap(toJson(settings));
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

    /** Unknown fields are skipped and odd values fall back to safe ones, so an older app reads a newer file. */
    private static UiSettings read(JsonParser parser) throws IOException {
        UiSettings defaults = UiSettings.defaults();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(parser, "the settings are not a JSON object");
        }
        Theme theme = defaults.theme();
        String language = defaults.language();
        int textSizePercent = defaults.textSizePercent();
        WindowBounds window = null;
        String lastSelection = null;
        BackupSettings backups = defaults.backups();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "theme" -> theme = value == JsonToken.VALUE_STRING && "DARK".equals(parser.getText()) ? Theme.DARK
                        : Theme.LIGHT;
                case "language" -> language = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "textSizePercent" -> textSizePercent = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : 0;
                case "window" -> window = value == JsonToken.START_OBJECT ? readWindow(parser) : skip(parser);
                case "lastSelection" -> lastSelection = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "backups" -> backups = value == JsonToken.START_OBJECT ? readBackups(parser) : skipBackups(parser);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "the settings object is not closed");
        }
        return new UiSettings(theme, language, textSizePercent, window, lastSelection, backups);
    }

    private static BackupSettings readBackups(JsonParser parser) throws IOException {
        String folder = null;
        int keep = BackupSettings.DEFAULT_KEEP;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "folder" -> folder = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "keep" -> keep = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : 0;
                default -> parser.skipChildren();
            }
        }
        return new BackupSettings(folder, keep);
    }

    private static BackupSettings skipBackups(JsonParser parser) throws IOException {
        parser.skipChildren();
        return BackupSettings.defaults();
    }

    private static WindowBounds readWindow(JsonParser parser) throws IOException {
        double x = Double.NaN;
        double y = Double.NaN;
        double width = Double.NaN;
        double height = Double.NaN;
        boolean maximized = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            double number = value.isNumeric() ? parser.getDoubleValue() : Double.NaN;
            switch (field) {
                case "x" -> x = number;
                case "y" -> y = number;
                case "width" -> width = number;
                case "height" -> height = number;
                case "maximized" -> maximized = value == JsonToken.VALUE_TRUE;
                default -> parser.skipChildren();
            }
        }
        boolean complete = !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(width) && !Double.isNaN(height);
        return complete ? new WindowBounds(x, y, width, height, maximized) : null;
    }

    private static WindowBounds skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    private static byte[] toJson(UiSettings settings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("theme", settings.theme().name());
            out.writeStringField("language", settings.language());
            out.writeNumberField("textSizePercent", settings.textSizePercent());
            WindowBounds window = settings.window();
            if (window == null) {
                out.writeNullField("window");
            } else {
                out.writeObjectFieldStart("window");
                out.writeNumberField("x", window.x());
                out.writeNumberField("y", window.y());
                out.writeNumberField("width", window.width());
                out.writeNumberField("height", window.height());
                out.writeBooleanField("maximized", window.maximized());
                out.writeEndObject();
            }
            if (settings.lastSelection() == null) {
                out.writeNullField("lastSelection");
            } else {
                out.writeStringField("lastSelection", settings.lastSelection());
            }
            out.writeObjectFieldStart("backups");
            if (settings.backups().folder() == null) {
                out.writeNullField("folder");
            } else {
                out.writeStringField("folder", settings.backups().folder());
            }
            out.writeNumberField("keep", settings.backups().keep());
            out.writeEndObject();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
