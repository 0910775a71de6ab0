package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an exchange file into an {@link ExchangeDocument}, checking in order that
 * they are UTF-8 text, bounded JSON, an exchange file of a version we read, valid against the
 * schema, and made of values the wire records hold ({@link ExchangeBinder}). Every failure becomes
 * an {@link ImportRejectedException} that says what and where.
 */
public final class ExchangeReader {
    private final ObjectMapper mapper = ExchangeJson.mapper();
    private final ExchangeSchema schema = new ExchangeSchema(mapper);

    public ExchangeDocument read(byte[] bytes) throws ImportRejectedException {
        if (bytes.length == 0) {
            throw new ImportRejectedException("The file is empty");
        }
        if (bytes.length > ExchangeFormat.MAX_FILE_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new ImportRejectedException("The file starts with a byte-order mark (BOM); an exchange file is "
                    + "plain UTF-8 without one. Was it re-saved by another program?");
        }
        if (ExchangeCrypto.isEncrypted(bytes)) {
            throw new ImportRejectedException(ImportProblem.PASSPHRASE_NEEDED,
                    "The file is encrypted; give its passphrase to import it");
        }
        requireUtf8(bytes);
        JsonNode tree = parse(bytes);
        requireExchangeFile(tree);
        schema.check(tree);
        return ExchangeBinder.bind(tree);
    }

    static ImportRejectedException tooLarge(long size) {
        return new ImportRejectedException(String.format("The file is %,d bytes; the largest exchange file that "
                + "can be imported is %,d bytes", size, ExchangeFormat.MAX_FILE_BYTES));
    }

    private static void requireUtf8(byte[] bytes) throws ImportRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new ImportRejectedException("The file is not valid UTF-8 text: bad byte sequence at byte offset "
                        + in.position());
            }
        } while (result.isOverflow());
    }

    private JsonNode parse(byte[] bytes) throws ImportRejectedException {
        try {
            return mapper.readTree(bytes);
        } catch (StreamConstraintsException tooBig) {
            throw new ImportRejectedException("The file exceeds a safety limit: " + firstLine(tooBig.getOriginalMessage())
                    + where(tooBig.getLocation()), tooBig);
        } catch (JsonEOFException truncated) {
            throw new ImportRejectedException("The file ends in the middle of the JSON; it may be truncated"
                    + where(truncated.getLocation()), truncated);
        } catch (JsonParseException notJson) {
            throw new ImportRejectedException("The file is not valid JSON: " + firstLine(notJson.getOriginalMessage())
                    + where(notJson.getLocation()), notJson);
        } catch (JsonProcessingException unreadable) {
            throw new ImportRejectedException("The file is not valid JSON: " + firstLine(unreadable.getOriginalMessage())
                    + where(unreadable.getLocation()), unreadable);
        } catch (IOException unreadable) {
            throw new ImportRejectedException("The file could not be read as JSON: " + unreadable.getMessage(), unreadable);
        }
    }

    private static void requireExchangeFile(JsonNode tree) throws ImportRejectedException {
        if (tree == null || !(tree instanceof ObjectNode)
                || !ExchangeFormat.FORMAT.equals(tree.path("format").asText(null))) {
            throw new ImportRejectedException("This is not a Refleksionsbog exchange file: it has no \"format\": \""
                    + ExchangeFormat.FORMAT + "\" at the top");
        }
        JsonNode version = tree.path("formatVersion");
        if (version.isIntegralNumber() && version.canConvertToLong() && version.asLong() > ExchangeFormat.VERSION) {
            throw new ImportRejectedException(ImportProblem.NEWER_VERSION,
                    "The file uses exchange format version " + version.asLong()
                    + ", written by a newer Refleksionsbog; this version reads format version " + ExchangeFormat.VERSION
                    + ". Update Refleksionsbog to import it.");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
