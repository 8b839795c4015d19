package io.github.canceltask.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes answer bodies (JSON, and XML for RPC calls with {@code Format=XML}) and reads JSON request bodies. */
final class Bodies {
    static final String JSON_TYPE = "application/json;charset=utf-8";
    static final String XML_TYPE = "text/xml;charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Bodies() {
    }

    /** @return the fields, in order, as a compact JSON object */
    static String json(Map<String, ?> fields) {
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the fields, in order, as children of {@code root} */
    static String xml(String root, Map<String, ?> fields) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append('<').append(root)
                .append('>');
        fields.forEach((name, value) -> {
            s.append('<').append(name).append('>');
            escapeXml(String.valueOf(value), s);
            s.append("</").append(name).append('>');
        });
        return s.append("</").append(root).append('>').toString();
    }

    /** @return the parsed JSON object, or null when the bytes are not one */
    static JsonNode readObject(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void escapeXml(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
