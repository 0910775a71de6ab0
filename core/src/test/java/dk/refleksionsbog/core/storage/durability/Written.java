package dk.refleksionsbog.core.storage.durability;

import java.util.UUID;

/**
 * One object a write unit saved: its kind, id, content hash, and for searchable text a word that
 * occurs only in that text (or "-").
 */
record Written(Kind kind, UUID id, String hash, String searchWord) {
    /** The hash of an object whose content is only known once the write has run (an import). */
    static final String ANY = "*";

    enum Kind {
        ENTRY,
        CHALLENGE,
        LOOP,
        ANSWER
    }

    static Written parse(String token) {
        String[] parts = token.split(":", 4);
        return new Written(Kind.valueOf(parts[0]), UUID.fromString(parts[1]), parts[2], parts[3]);
    }

    String format() {
        return kind + ":" + id + ":" + hash + ":" + searchWord;
    }

    boolean contentKnown() {
        return !hash.equals(ANY);
    }

    boolean searchable() {
        return !searchWord.equals("-");
    }
}
