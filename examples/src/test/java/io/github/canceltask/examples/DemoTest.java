package io.github.canceltask.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {
    @Test
    void printsOneAlignedRowPerCallAndEveryCallAnswersAsExpected() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean asExpected;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            asExpected = Demo.run(out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertTrue(asExpected, String.join("\n", lines));
        assertTrue(lines.get(0).matches("LocalCloud \\(an in-process emulator of the four APIs\\) is listening at "
                + "http://127\\.0\\.0\\.1:\\d+\\. No cloud account is used\\."), lines.get(0));
        assertTrue(lines.get(2).matches("service +\\| case +\\| outcome +\\| code +\\| request id"), lines.get(2));
        List<String> rows = lines.subList(4, 16);
        String[][] expected = {
            {"ECS", "running task", "canceled"}, {"ECS", "unknown task", "refused"},
            {"ECS", "already finished", "refused"},
            {"Domain", "running task", "canceled"}, {"Domain", "unknown task", "refused"},
            {"Domain", "already finished", "refused"},
            {"Elasticsearch", "running task", "canceled"}, {"Elasticsearch", "unknown task", "refused"},
            {"Elasticsearch", "already finished", "not canceled (Result false)"},
            {"DLC", "running task", "canceled"}, {"DLC", "unknown task", "refused"},
            {"DLC", "already finished", "refused"}};
        int separator = lines.get(2).indexOf('|');
        for (int i = 0; i < expected.length; i++) {
            String[] cells = rows.get(i).split(" \\| ");
            assertEquals(5, cells.length, rows.get(i));
            assertEquals(expected[i][0], cells[0].strip());
            assertEquals(expected[i][1], cells[1].strip());
            assertTrue(cells[2].startsWith(expected[i][2]), rows.get(i));
            assertEquals(separator, rows.get(i).indexOf('|'), "columns not aligned: " + rows.get(i));
            assertTrue(!cells[4].isBlank() && !cells[4].equals("null"), rows.get(i));
        }
        assertTrue(lines.get(17).matches("12 calls, each answered as expected, in \\d+ ms\\."), lines.get(17));
        assertEquals(18, lines.size());
    }
}
