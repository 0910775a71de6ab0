package dk.refleksionsbog.core.summary;

import java.text.Normalizer;

/**
 * Joins Arabic letters the way handwriting does, for a PDF library that cannot: each letter becomes
 * its isolated, initial, medial or final presentation form by whether its neighbours connect to it,
 * and lam followed by alef becomes their ligature. Covers the letters of the Arabic alphabet; other
 * letters (Persian, Urdu additions) keep their isolated shape. Text is in logical order.
 */
final class ArabicLetterForms {
    private static final char FIRST = '\u0621';
    private static final char LAST = '\u064A';
    private static final char TATWEEL = '\u0640';
    private static final char LAM = '\u0644';

    /** For U+0621 … U+064A: the first presentation form (U+FE80 …) and how many forms the letter has. */
    private static final int[] FIRST_FORM = new int[LAST - FIRST + 1];
    private static final int[] FORM_COUNT = new int[LAST - FIRST + 1];

    static {
        // The presentation forms block lists the letters in this order, each with 1, 2 or 4 forms.
        String letters = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E"
                + "\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643"
                + "\u0644\u0645\u0646\u0647\u0648\u0649\u064A";
        int[] counts = {1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 2, 2, 4};
        int form = 0xFE80;
        for (int i = 0; i < letters.length(); i++) {
            FIRST_FORM[letters.charAt(i) - FIRST] = form;
            FORM_COUNT[letters.charAt(i) - FIRST] = counts[i];
            form += counts[i];
        }
    }

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    private ArabicLetterForms() {}

    static String shape(String text) {
        StringBuilder shaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (formCount(c) == 0) {
                if (shaped != null) {
                    shaped.append(c);
                }
                continue;
            }
            if (shaped == null) {
                shaped = new StringBuilder(text.length()).append(text, 0, i);
            }
            boolean joinedBefore = joinsOnward(previousLetter(text, i));
            int alef = i + 1 < text.length() ? lamAlefLigature(c, text.charAt(i + 1)) : 0;
            if (alef != 0) {
                shaped.append((char) (alef + (joinedBefore ? 1 : 0)));
                i++;
                continue;
            }
            boolean joinsAfter = formCount(c) == 4 && joinsBack(nextLetter(text, i));
            int position = joinedBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            shaped.append((char) (FIRST_FORM[c - FIRST] + Math.min(position, formCount(c) - 1)));
        }
        return shaped == null ? text : shaped.toString();
    }

    /** Back to the plain letters, for text a font has no presentation forms for. */
    static String unshape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC') {
                plain.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static int formCount(char c) {
        return c >= FIRST && c <= LAST ? FORM_COUNT[c - FIRST] : 0;
    }

    /** The first form of lam-alef for lam followed by an alef, or 0. */
    private static int lamAlefLigature(char lam, char next) {
        if (lam != LAM) {
            return 0;
        }
        return switch (next) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }

    /** A letter that connects to the one after it: a four-form letter or the joining stroke. */
    private static boolean joinsOnward(char c) {
        return c == TATWEEL || formCount(c) == 4;
    }

    /** A letter that connects to the one before it. */
    private static boolean joinsBack(char c) {
        return c == TATWEEL || formCount(c) >= 2;
    }

    /** Vowel marks sit on a letter and do not break the joining, so they are looked through. */
    private static char previousLetter(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!isMark(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static char nextLetter(String text, int index) {
        for (int i = index + 1; i < text.length(); i++) {
            if (!isMark(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
