package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The shipped JSON Schema of the exchange format, checked against a parsed file before anything else is read. */
final class ExchangeSchema {
    private static final int MAX_REPORTED_PROBLEMS = 5;

    private final Schema schema;

    ExchangeSchema(ObjectMapper mapper) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = ExchangeSchema.class.getResourceAsStream(ExchangeFormat.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The exchange schema " + ExchangeFormat.SCHEMA_RESOURCE + " is missing");
            }
            this.schema = registry.getSchema(mapper.readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The exchange schema could not be read", unreadable);
        }
    }

    void check(JsonNode document) throws ImportRejectedException {
        List<Error> errors = schema.validate(document);
        if (errors.isEmpty()) {
            return;
        }
        String problems = errors.stream()
                .limit(MAX_REPORTED_PROBLEMS)
                .map(ExchangeSchema::describe)
                .collect(Collectors.joining("; "));
        String more = errors.size() > MAX_REPORTED_PROBLEMS
                ? " (and " + (errors.size() - MAX_REPORTED_PROBLEMS) + " more)"
                : "";
        throw new ImportRejectedException("The file does not follow the exchange format: " + problems + more);
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String message = ExchangeReader.firstLine(error.getMessage());
        return (location.isEmpty() ? "/" : location) + ": " + message;
    }
}
