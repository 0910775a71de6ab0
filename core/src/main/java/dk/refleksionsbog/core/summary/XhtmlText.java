package dk.refleksionsbog.core.summary;

import java.text.Normalizer;

/** Escapes the leader's free text for XHTML and for CSS strings. */
final class XhtmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private XhtmlText() {}

    /**
     * Escapes markup characters and drops what XML 1.0 cannot hold at all (control characters
     * other than tab and line breaks, unpaired surrogates, U+FFFE/U+FFFF), so any text the leader
     * typed yields a well-formed document. A letter typed as base letter plus accent is composed
     * into one character (NFC), so it prints as the font's own accented letter.
     */
    static String escape(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> {
                    if (i + 1 >= length || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> appendChecked(text, i, out);
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    private static void appendChecked(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
            } else {
                out.append(REPLACEMENT);
            }
        } else if (Character.isLowSurrogate(c)) {
            out.append(REPLACEMENT);
        } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
            // not allowed in XML 1.0 at all: left out
        } else {
            out.append(c);
        }
    }

    /** A CSS string literal (with its quotes) that shows the text as is. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
