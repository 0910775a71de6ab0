package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for exchange files. Reading is strict and bounded, because an
 * exchange file comes from someone else's computer: duplicate keys and trailing content are errors,
 * and nesting, string and number sizes are capped. The mapper only parses files into trees (for the
 * schema check); {@link ExchangeBinder} reads the wire records from the tree, refusing values of
 * the wrong kind, so no class is ever chosen or created by data binding. Files are written by
 * {@link ExchangeWriter} in the layout {@link #printer()} gives.
 */
final class ExchangeJson {
    private ExchangeJson() {}

    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(ExchangeFormat.MAX_NESTING_DEPTH)
                        .maxStringLength(ExchangeFormat.MAX_STRING_LENGTH)
                        .maxNumberLength(ExchangeFormat.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(ExchangeFormat.MAX_FILE_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    /** How an exchange file is laid out: two-space indents, \n line ends on every platform, "name": value. */
    static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
