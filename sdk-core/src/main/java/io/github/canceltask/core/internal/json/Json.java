package io.github.canceltask.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The one configured {@link ObjectMapper} of the SDK, and the few JSON shapes it writes. */
public final class Json {
    /** Shared, thread-safe once configured; unknown fields are ignored so new service fields never break a call. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {
    }

    /**
     * @param body UTF-8 JSON
     * @return the tree
     * @throws IOException when the bytes are not one JSON value
     */
    public static JsonNode read(byte[] body) throws IOException {
        JsonNode node = MAPPER.readTree(body);
        if (node == null || node.isMissingNode()) {
            throw new IOException("no JSON value");
        }
        return node;
    }

    /**
     * @param fields string fields in order; null values are left out
     * @return a compact JSON object, UTF-8
     */
    public static byte[] writeObject(Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                if (f.getValue() != null) {
                    g.writeStringField(f.getKey(), f.getValue());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param node an object node, may be null
     * @param field the field name
     * @return the field's text, or null when absent, null or not a scalar
     */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
