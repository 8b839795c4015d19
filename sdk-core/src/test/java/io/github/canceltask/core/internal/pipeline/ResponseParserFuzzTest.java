package io.github.canceltask.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a server sends, a parser answers with a {@link ParsedResponse}, a {@link ServiceException} or an
 * {@link SdkClientException}: nothing else (no NullPointerException, no Jackson exception) may reach the caller.
 * Seeded, so a failure replays.
 */
class ResponseParserFuzzTest {
    private static final long SEED = 20260101L;
    private static final int CASES = 4_000;
    private static final int[] STATUSES = {200, 200, 200, 201, 204, 301, 400, 403, 404, 429, 500, 502, 503, 504};
    private static final String[] KEYS = {"Response", "Error", "Code", "Message", "RequestId", "data", "HostId",
        "Recommend", "Result", "x"};
    private static final List<String> VALID = List.of(
            "{\"Response\":{\"RequestId\":\"48d09166-9ddc-4734-8cea-0cdf69c7d685\"}}",
            "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},\"RequestId\":\"r\"}}",
            "{\"RequestId\":\"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\"}",
            "{\"data\":{\"RequestId\":\"r\"}}",
            "{\"RequestId\":\"r\",\"HostId\":\"ecs.aliyuncs.com\",\"Code\":\"InvalidTaskId.NotFound\","
                    + "\"Message\":\"The specified task is not found.\",\"Recommend\":\"https://x\"}",
            "{\"Result\":true,\"RequestId\":\"r\"}");
    private static final SecretMasker MASKER = new SecretMasker(Credentials.of("id", "secret", "token+/="));

    private final Random random = new Random(SEED);

    @Test
    void randomBytes() {
        for (int i = 0; i < CASES; i++) {
            byte[] body = new byte[random.nextInt(300)];
            random.nextBytes(body);
            parseWithBoth(status(), body);
        }
    }

    @Test
    void randomJson() {
        for (int i = 0; i < CASES; i++) {
            parseWithBoth(status(), randomValue(0).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void mutatedValidBodies() {
        for (int i = 0; i < CASES; i++) {
            byte[] valid = VALID.get(random.nextInt(VALID.size())).getBytes(StandardCharsets.UTF_8);
            parseWithBoth(status(), mutate(valid));
        }
    }

    @Test
    void pathologicalShapes() {
        List<String> bodies = new ArrayList<>(List.of("", " ", "null", "0", "-1e999999", "\"\"", "[]", "{}",
                "{\"Response\":null}", "{\"Response\":{\"Error\":null}}", "{\"Response\":{\"Error\":\"x\"}}",
                "{\"Response\":{\"Error\":{\"Code\":[],\"Message\":{}}}}", "{\"Code\":{\"a\":1}}",
                "{\"RequestId\":1e999999}", "{\"RequestId\":12345678901234567890123456789}", "\uFEFF{}",
                "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "{\"a\":\"\\ud800\"}"));
        bodies.add("[".repeat(5_000) + "]".repeat(5_000));
        bodies.add("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000));
        bodies.add("{\"RequestId\":\"" + "r".repeat(1_000_000) + "\"}");
        for (String body : bodies) {
            for (int status : STATUSES) {
                parseWithBoth(status, body.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void parseWithBoth(int status, byte[] body) {
        for (ResponseParser parser : List.of(AlibabaResponseParser.INSTANCE, TencentResponseParser.INSTANCE)) {
            try {
                ParsedResponse parsed = parser.parse(status, body, MASKER);
                assertTrue(parsed != null && parsed.payload() != null, "a success always has a payload");
            } catch (ServiceException expected) {
                assertTrue(expected.httpStatus() == status);
            } catch (SdkClientException expected) {
                assertTrue(expected.getMessage().length() < 2_000, "an unreadable body is quoted as a snippet");
            } catch (RuntimeException | StackOverflowError e) {
                fail(parser.getClass().getSimpleName() + " threw " + e + " for HTTP " + status + " and "
                        + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8), e);
            }
        }
    }

    private int status() {
        return random.nextInt(4) == 0 ? 100 + random.nextInt(500) : STATUSES[random.nextInt(STATUSES.length)];
    }

    private String randomValue(int depth) {
        int kind = depth > 4 ? random.nextInt(5) : random.nextInt(7);
        switch (kind) {
            case 0: return "null";
            case 1: return random.nextBoolean() ? "true" : "false";
            case 2: return Long.toString(random.nextLong());
            case 3: return Double.toString(random.nextGaussian() * 1e6);
            case 4: return "\"" + randomText() + "\"";
            case 5: {
                StringBuilder s = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    s.append(randomValue(depth + 1)).append(i > 1 ? "," : "");
                }
                return s.append(']').toString();
            }
            default: {
                StringBuilder s = new StringBuilder("{");
                for (int i = random.nextInt(5); i > 0; i--) {
                    s.append('"').append(KEYS[random.nextInt(KEYS.length)]).append("\":")
                            .append(randomValue(depth + 1)).append(i > 1 ? "," : "");
                }
                return s.append('}').toString();
            }
        }
    }

    private String randomText() {
        String[] pieces = {"a", "Z", "0", " ", "\\\"", "\\\\", "\\n", "\\u0000", "\\ud83d\\ude00", "\u4efb",
            "secret", "token+/=", "token%2B%2F%3D", "<html>"};
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    private byte[] mutate(byte[] valid) {
        byte[] body = valid.clone();
        switch (random.nextInt(4)) {
            case 0:
                return java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
            case 1:
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return body;
            case 2: {
                String text = new String(body, StandardCharsets.UTF_8);
                String[] replacements = {"[]", "{}", "null", "1", "true", "\"s\"", "[1,{}]"};
                String replacement = replacements[random.nextInt(replacements.length)];
                return text.replaceFirst("\"[^\"]*\"(?=[,}])", replacement).getBytes(StandardCharsets.UTF_8);
            }
            default: {
                byte[] longer = java.util.Arrays.copyOf(body, body.length + 1 + random.nextInt(8));
                for (int i = body.length; i < longer.length; i++) {
                    String noise = "{}[],:\"\\ 0n";
                    longer[i] = (byte) noise.charAt(random.nextInt(noise.length()));
                }
                return longer;
            }
        }
    }
}
