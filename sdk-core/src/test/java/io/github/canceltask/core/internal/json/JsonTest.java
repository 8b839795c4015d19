package io.github.canceltask.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesACompactObjectEscapingOnlyWhatJsonRequires() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("TaskId", "a\"b\\c\nd\te\u0001f/g<h>&任务😀");
        fields.put("Skipped", null);
        fields.put("Other", "x");
        assertEquals("{\"TaskId\":\"a\\\"b\\\\c\\nd\\te\\u0001f/g<h>&任务😀\",\"Other\":\"x\"}",
                new String(Json.writeObject(fields), StandardCharsets.UTF_8));
        assertEquals("{}", new String(Json.writeObject(Map.of()), StandardCharsets.UTF_8));
    }

    @Test
    void whatItWritesReadsBackToTheSameText() throws IOException {
        String value = "q\"uote\\ \r\n\t\u001f 中文 😀";
        Object read = Json.read(Json.writeObject(Map.of("TaskId", value)));
        assertEquals(value, Json.text(read, "TaskId"));
    }

    @Test
    void readsObjectsArraysAndScalarsIntoPlainJavaValues() throws IOException {
        Object root = Json.read("{\"a\":{\"b\":[1,2.5,true,null,\"s\"]},\"n\":7,\"t\":true,\"a2\":1,\"a2\":2}"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, Object> a = Json.object(root, "a");
        assertEquals(List.of(1, 2.5, true), ((List<?>) a.get("b")).subList(0, 3));
        assertNull(((List<?>) a.get("b")).get(3));
        assertEquals("7", Json.text(root, "n"));
        assertEquals("2", Json.text(root, "a2"), "the last of a repeated name wins");
        assertTrue(Json.isTrue(root, "t"));
        assertFalse(Json.isTrue(root, "n"));
        assertNull(Json.text(root, "a"), "an object is not text");
        assertNull(Json.object(root, "n"), "a number is not an object");
        assertNull(Json.text(null, "x"));
    }

    @Test
    void refusesWhatIsNotExactlyOneJsonValue() {
        for (String body : new String[] {"", "   ", "{", "{\"a\":1} {}", "<html>", "{\"a\":}", "[1,"}) {
            assertThrows(IOException.class, () -> Json.read(body.getBytes(StandardCharsets.UTF_8)), body);
            assertNull(Json.readObject(body.getBytes(StandardCharsets.UTF_8)), body);
        }
        assertNull(Json.readObject("[1]".getBytes(StandardCharsets.UTF_8)), "an array is not an object");
        assertNull(Json.readObject(new byte[0]));
    }
}
