package dk.refleksionsbog.core.exchange.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The two text rules of RFC 5545 that calendars are strict about: TEXT values escape backslash,
 * semicolon, comma and line breaks (section 3.3.11), and content lines longer than 75 octets are
 * folded with CRLF and a space (section 3.1) without ever splitting a UTF-8 character.
 */
final class ContentLines {
    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private ContentLines() {}

    static String escapeText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                // TEXT allows no other control characters; a tab survives, the rest become spaces.
                default -> escaped.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** One logical line, folded into physical lines of at most 75 octets, each ending in CRLF. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octetsOnLine = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int octets = utf8Length(codePoint);
            if (octetsOnLine + octets > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octetsOnLine = 1;
            }
            folded.appendCodePoint(codePoint);
            octetsOnLine += octets;
            i += Character.charCount(codePoint);
        }
        return folded.append(CRLF).toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            // A lone surrogate is written as '?' (one octet) by the UTF-8 encoder.
            return Character.isSurrogate((char) codePoint) ? 1 : 3;
        }
        return 4;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
