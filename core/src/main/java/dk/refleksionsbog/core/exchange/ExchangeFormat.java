package dk.refleksionsbog.core.exchange;

/** The constants that identify an exchange file and bound what the importer will read. */
public final class ExchangeFormat {
    public static final String FORMAT = "refleksionsbog-exchange";
    public static final int VERSION = 1;
    public static final String SCHEMA_RESOURCE = "refleksionsbog-exchange-1.schema.json";

    /** Far above years of journaling (a few MB), far below what would exhaust the memory of a laptop. */
    public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 200;
    public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;
    public static final int MAX_NUMBER_LENGTH = 30;

    private ExchangeFormat() {}
}
