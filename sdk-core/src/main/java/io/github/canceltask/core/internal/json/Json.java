package io.github.canceltask.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the SDK reads and writes on every call, through Jackson's streaming API. The answers are a few small
 * fields, so a plain tree of maps is enough, and it spares each call (and each cold start: about 400 classes) the
 * data-binding machinery of {@code ObjectMapper}. Unknown fields are kept and ignored.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /**
     * @param body UTF-8 JSON
     * @return the value: a {@code Map<String, Object>} for an object (fields in order, the last of a repeated name
     *     kept), a {@code List<Object>}, a {@code String}, a {@code Boolean}, a {@code Number}, or null for
     *     {@code null}
     * @throws IOException when the bytes are not exactly one JSON value (nesting is bounded by Jackson's limits)
     */
    public static Object read(byte[] body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("no JSON value");
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            return value;
        }
    }

    /**
     * @param body a body that should hold one JSON object
     * @return the object, or null when the body is empty, not JSON, or JSON but not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(byte[] body) {
        try {
            Object value = body.length == 0 ? null : read(body);
            return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.put(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    /**
     * @param node a value from {@link #read}, may be null
     * @param field the field name
     * @return the field's value when {@code node} is an object holding it as an object, else null
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object node, String field) {
        Object value = node instanceof Map<?, ?> map ? map.get(field) : null;
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    /**
     * @param node a value from {@link #read}, may be null
     * @param field the field name
     * @return the field's text when {@code node} is an object holding it as a string, number or boolean, else null
     */
    public static String text(Object node, String field) {
        Object value = node instanceof Map<?, ?> map ? map.get(field) : null;
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? value.toString() : null;
    }

    /**
     * @param node a value from {@link #read}, may be null
     * @param field the field name
     * @return true when the field is {@code true} or the text {@code "true"} (any case); false otherwise
     */
    public static boolean isTrue(Object node, String field) {
        return "true".equalsIgnoreCase(text(node, field));
    }

    /**
     * @param fields string fields in order; null values are left out
     * @return a compact JSON object, UTF-8; strings escaped as RFC 8259 requires and no further (so {@code /}, HTML
     *     characters and non-ASCII text go out as they are, as the vendors' own SDKs send them)
     */
    public static byte[] writeObject(Map<String, String> fields) {
        StringBuilder json = new StringBuilder(64).append('{');
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (f.getValue() != null) {
                if (json.length() > 1) {
                    json.append(',');
                }
                appendString(json, f.getKey());
                json.append(':');
                appendString(json, f.getValue());
            }
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
