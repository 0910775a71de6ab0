package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Jackson's data binding of the wire records, configured as exchange files were read and written
 * before {@link ExchangeBinder} and {@link ExchangeWriter} took over: the reference both are held to.
 */
final class DataBinding {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private DataBinding() {}

    static byte[] write(ExchangeDocument document) throws JsonProcessingException {
        return MAPPER.writer(ExchangeJson.printer()).writeValueAsBytes(document);
    }

    static ExchangeDocument read(JsonNode tree) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, ExchangeDocument.class);
    }
}
