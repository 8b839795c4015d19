package io.github.canceltask.core.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.canceltask.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A one-character change in any signed input must change the signature. Each test starts from a known vector and
 * changes every character of every input in turn (names and values, method, path, secret, nonce, time, body), and
 * checks that inputs which are documented as not signed really are not.
 */
class SignatureSensitivityTest {

    /**
     * A different character that case-folding cannot undo: letters and digits move to the next one, anything else
     * becomes {@code q}.
     */
    static String mutate(String s, int i) {
        char c = s.charAt(i);
        char m;
        if (c >= 'a' && c <= 'z') {
            m = c == 'z' ? 'a' : (char) (c + 1);
        } else if (c >= 'A' && c <= 'Z') {
            m = c == 'Z' ? 'A' : (char) (c + 1);
        } else if (c >= '0' && c <= '9') {
            m = c == '9' ? '0' : (char) (c + 1);
        } else {
            m = 'q';
        }
        return s.substring(0, i) + m + s.substring(i + 1);
    }

    /** Every one-character mutation of a map's names and values, labelled. */
    static Map<String, Map<String, String>> mutations(String label, Map<String, String> m) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String key : m.keySet()) {
            String value = m.get(key);
            for (int i = 0; i < key.length(); i++) {
                Map<String, String> copy = new LinkedHashMap<>(m);
                copy.remove(key);
                copy.put(mutate(key, i), value);
                out.put(label + " name " + key + "[" + i + "]", copy);
            }
            for (int i = 0; i < value.length(); i++) {
                Map<String, String> copy = new LinkedHashMap<>(m);
                copy.put(key, mutate(value, i));
                out.put(label + " value " + key + "[" + i + "]", copy);
            }
        }
        return out;
    }

    /** Every one-character mutation of a string, labelled. */
    static Map<String, String> mutations(String label, String s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < s.length(); i++) {
            out.put(label + "[" + i + "]", mutate(s, i));
        }
        return out;
    }

    private static Map<String, String> map(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Collects the labels of mutations that left the signature alone. */
    private static final class Unchanged {
        final List<String> labels = new ArrayList<>();
        int checked;

        void expectChange(String label, String base, String mutated) {
            checked++;
            if (base.equals(mutated)) {
                labels.add(label);
            }
        }

        void expectSame(String label, String base, String mutated) {
            checked++;
            if (!base.equals(mutated)) {
                labels.add("(should not be signed) " + label);
            }
        }

        void assertNone(int atLeast) {
            assertEquals(List.of(), labels);
            if (checked < atLeast) {
                throw new AssertionError("only " + checked + " mutations checked");
            }
        }
    }

    private static final List<Duration> TIME_STEPS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(-1),
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(31), Duration.ofDays(366));

    // ---------------------------------------------------------------- RPC

    @Test
    void rpc() {
        // E3 of notes/alibaba.md §1.3 (aliyun-java-sdk-core 4.7.3)
        Map<String, String> params = map("AccessKeyId", "testid", "Action", "CancelTask", "Format", "JSON",
                "RegionId", "cn-hangzhou", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "c0ffee00-0000-4000-8000-000000000001", "SignatureVersion", "1.0",
                "TaskId", "t-a b*c~d/e+f=g&h:中文", "Timestamp", "2024-05-01T08:00:00Z", "Version", "2014-05-26");
        String base = RpcSigner.signature("POST", params, "testsecret");
        assertEquals("cYSuGhg0ABxYeO+yIKcoJeZrzKs=", base);

        Unchanged u = new Unchanged();
        mutations("param", params).forEach((label, m) ->
                u.expectChange(label, base, RpcSigner.signature("POST", m, "testsecret")));
        mutations("secret", "testsecret").forEach((label, secret) ->
                u.expectChange(label, base, RpcSigner.signature("POST", params, secret)));
        mutations("method", "POST").forEach((label, method) ->
                u.expectChange(label, base, RpcSigner.signature(method, params, "testsecret")));
        u.expectChange("method GET", base, RpcSigner.signature("GET", params, "testsecret"));
        Map<String, String> extra = new LinkedHashMap<>(params);
        extra.put("X", "");
        u.expectChange("extra empty parameter", base, RpcSigner.signature("POST", extra, "testsecret"));

        // through sign(): nonce, time, key id, secret, session token
        Map<String, String> own = map("Action", "CancelTask", "Format", "JSON", "RegionId", "cn-hangzhou",
                "TaskId", "t-a b*c~d/e+f=g&h:中文", "Version", "2014-05-26");
        Instant time = Instant.parse("2024-05-01T08:00:00Z");
        String nonce = "c0ffee00-0000-4000-8000-000000000001";
        Credentials sts = Credentials.of("testid", "testsecret", "CAIS+sts/token==");
        Function<Object[], String> sign = a -> RpcSigner.sign("POST", own, (Credentials) a[0], (Instant) a[1],
                (String) a[2]).get("Signature");
        String signed = sign.apply(new Object[] {sts, time, nonce});
        assertEquals("R+EN4Zgn0ZiFD6ABdz0jzrxoy3A=", signed);
        mutations("nonce", nonce).forEach((label, n) ->
                u.expectChange(label, signed, sign.apply(new Object[] {sts, time, n})));
        TIME_STEPS.forEach(step ->
                u.expectChange("time " + step, signed, sign.apply(new Object[] {sts, time.plus(step), nonce})));
        mutations("id", "testid").forEach((label, id) -> u.expectChange(label, signed,
                sign.apply(new Object[] {Credentials.of(id, "testsecret", "CAIS+sts/token=="), time, nonce})));
        mutations("token", "CAIS+sts/token==").forEach((label, token) -> u.expectChange(label, signed,
                sign.apply(new Object[] {Credentials.of("testid", "testsecret", token), time, nonce})));
        mutations("own", own).forEach((label, m) -> u.expectChange(label, signed,
                RpcSigner.sign("POST", m, sts, time, nonce).get("Signature")));
        // sub-second changes are not sent (Timestamp has no fractions), so they may not change anything
        u.expectSame("time +0.5s", signed, sign.apply(new Object[] {sts, time.plusMillis(500), nonce}));
        u.assertNone(200);
    }

    // ---------------------------------------------------------------- ROA

    @Test
    void roa() {
        // classic capture of notes/alibaba.md §2.2 (aliyun-java-sdk-core 4.7.3), every line of the string to sign set
        String path = "/openapi/instances/es-cn-abc123/actions/cancel-task";
        Map<String, String> query = map("taskType", "MigrateData", "clientToken", "tok-123 abc/+=");
        Map<String, String> signedHeaders = map("Accept", "application/json",
                "Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==", "Content-Type", "application/x-www-form-urlencoded",
                "Date", "Mon, 23 Nov 2026 18:02:04 GMT", "x-acs-action", "CancelTask",
                "x-acs-signature-method", "HMAC-SHA1", "x-acs-signature-nonce", "e548351f20588faf0920ad8c2e90b109",
                "x-acs-signature-version", "1.0", "x-acs-version", "2017-06-13");
        Map<String, String> unsignedHeaders = map("RegionId", "cn-hangzhou", "x-sdk-client", "Java/2.0.0",
                "User-Agent", "AlibabaCloud Core/4.7.3", "x-acsnot", "v");
        Map<String, String> headers = new LinkedHashMap<>(signedHeaders);
        headers.putAll(unsignedHeaders);
        Credentials test = Credentials.of("testid", "testsecret");
        String base = RoaSigner.authorization("POST", path, query, headers, test);
        assertEquals("acs testid:FXr41TQp/LtBGses/13aAtvR8Po=", base);

        Unchanged u = new Unchanged();
        mutations("header", signedHeaders).forEach((label, m) -> {
            m.putAll(unsignedHeaders);
            u.expectChange(label, base, RoaSigner.authorization("POST", path, query, m, test));
        });
        mutations("query", query).forEach((label, m) ->
                u.expectChange(label, base, RoaSigner.authorization("POST", path, m, headers, test)));
        mutations("path", path).forEach((label, p) ->
                u.expectChange(label, base, RoaSigner.authorization("POST", p, query, headers, test)));
        mutations("method", "POST").forEach((label, method) ->
                u.expectChange(label, base, RoaSigner.authorization(method, path, query, headers, test)));
        mutations("secret", "testsecret").forEach((label, secret) -> u.expectChange(label, base,
                RoaSigner.authorization("POST", path, query, headers, Credentials.of("testid", secret))));
        // not signed: other headers, and the case of header names
        mutations("unsigned header", unsignedHeaders).forEach((label, m) -> {
            Map<String, String> all = new LinkedHashMap<>(signedHeaders);
            all.putAll(m);
            u.expectSame(label, base, RoaSigner.authorization("POST", path, query, all, test));
        });
        Map<String, String> upper = new LinkedHashMap<>();
        headers.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
        u.expectSame("upper-case header names", base, RoaSigner.authorization("POST", path, query, upper, test));

        // through sign(): nonce, time, session token, key id with a token
        Map<String, String> own = map("Accept", "application/json", "x-acs-action", "CancelTask",
                "x-acs-version", "2017-06-13");
        Map<String, String> r5Query = map("taskType", "MigrateData", "clientToken", "tok-1");
        Instant time = Instant.parse("2026-11-23T18:02:19Z");
        String nonce = "994e7609-395b-435e-8c05-97570228829217954569392221";
        Credentials sts = Credentials.of("STS.testid", "testsecret", "CAIS+sts/token==");
        String signed = RoaSigner.sign("POST", path, r5Query, own, sts, time, nonce).get("Authorization");
        assertEquals("acs STS.testid:FXKfJ3iPjcIN0vkGBaMEBh//qMs=", signed);
        String signature = signed.substring(signed.indexOf(':'));
        Function<String, String> sig = auth -> auth.substring(auth.indexOf(':'));
        mutations("nonce", nonce).forEach((label, n) -> u.expectChange(label, signature,
                sig.apply(RoaSigner.sign("POST", path, r5Query, own, sts, time, n).get("Authorization"))));
        TIME_STEPS.forEach(step -> u.expectChange("time " + step, signature, sig.apply(
                RoaSigner.sign("POST", path, r5Query, own, sts, time.plus(step), nonce).get("Authorization"))));
        mutations("token", "CAIS+sts/token==").forEach((label, token) -> u.expectChange(label, signature,
                sig.apply(RoaSigner.sign("POST", path, r5Query, own, Credentials.of("STS.testid", "testsecret", token),
                        time, nonce).get("Authorization"))));
        // with a session token the key id is signed too (x-acs-accesskey-id)
        mutations("id", "STS.testid").forEach((label, id) -> u.expectChange(label, signature,
                sig.apply(RoaSigner.sign("POST", path, r5Query, own, Credentials.of(id, "testsecret",
                        "CAIS+sts/token=="), time, nonce).get("Authorization"))));
        u.assertNone(400);
    }

    // ---------------------------------------------------------------- TC3

    @Test
    void tc3() {
        // V1 of notes/tencent.md §1.4 (official tencentcloud-sdk-java)
        String id = "AKIDEXAMPLEdlcCancelTask0000000000000";
        String secret = "EXAMPLEdlcSecretKey0123456789abcdef";
        Credentials keys = Credentials.of(id, secret);
        String host = "dlc.tencentcloudapi.com";
        String contentType = "application/json; charset=utf-8";
        byte[] body = "{\"TaskId\":\"2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b\"}".getBytes(StandardCharsets.UTF_8);
        long timestamp = 1700000000L;
        Tc3Signer signer = new Tc3Signer();
        String base = signer.authorization(keys, "dlc", host, contentType, body, timestamp);
        assertEquals("62b6bf57a56ad747b9505b73d606d3aca85abcdedac9f9e8c6193edc37b3ec35", signature(base));
        String sig = signature(base);

        Unchanged u = new Unchanged();
        mutations("secret", secret).forEach((label, s) -> u.expectChange(label, sig,
                signature(signer.authorization(Credentials.of(id, s), "dlc", host, contentType, body, timestamp))));
        mutations("service", "dlc").forEach((label, s) -> u.expectChange(label, sig,
                signature(signer.authorization(keys, s, host, contentType, body, timestamp))));
        mutations("host", host).forEach((label, h) -> u.expectChange(label, sig,
                signature(signer.authorization(keys, "dlc", h, contentType, body, timestamp))));
        mutations("content-type", contentType).forEach((label, t) -> u.expectChange(label, sig,
                signature(signer.authorization(keys, "dlc", host, t, body, timestamp))));
        for (int i = 0; i < body.length; i++) {
            byte[] b = body.clone();
            b[i] ^= 1;
            u.expectChange("body[" + i + "]", sig,
                    signature(signer.authorization(keys, "dlc", host, contentType, b, timestamp)));
        }
        u.expectChange("body + space", sig, signature(signer.authorization(keys, "dlc", host, contentType,
                (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8), timestamp)));
        mutations("timestamp", Long.toString(timestamp)).forEach((label, t) -> u.expectChange(label, sig,
                signature(signer.authorization(keys, "dlc", host, contentType, body, Long.parseLong(t)))));
        // the key id is in the Authorization but not signed, and neither is a session token
        mutations("id", id).forEach((label, i) -> {
            String auth = signer.authorization(Credentials.of(i, secret), "dlc", host, contentType, body, timestamp);
            u.expectChange(label + " (Authorization)", base, auth);
            u.expectSame(label + " (signature)", sig, signature(auth));
        });
        u.expectSame("session token", base, signer.authorization(Credentials.of(id, secret, "token"), "dlc", host,
                contentType, body, timestamp));

        // the general overload: method, URI, query, header names and values, payload hash
        Map<String, String> headers = map("content-type", contentType, "host", host, "x-tc-action", "canceltask");
        String payload = Tc3Signer.hashPayload(body);
        String general = signature(signer.authorization(keys, "dlc", "POST", "/", "a=1", headers, payload,
                timestamp));
        mutations("method", "POST").forEach((label, m) -> u.expectChange(label, general,
                signature(signer.authorization(keys, "dlc", m, "/", "a=1", headers, payload, timestamp))));
        mutations("uri", "/").forEach((label, m) -> u.expectChange(label, general,
                signature(signer.authorization(keys, "dlc", "POST", m, "a=1", headers, payload, timestamp))));
        mutations("query", "a=1").forEach((label, m) -> u.expectChange(label, general,
                signature(signer.authorization(keys, "dlc", "POST", "/", m, headers, payload, timestamp))));
        mutations("header", headers).forEach((label, m) -> u.expectChange(label, general,
                signature(signer.authorization(keys, "dlc", "POST", "/", "a=1", m, payload, timestamp))));
        mutations("payload hash", payload).forEach((label, m) -> u.expectChange(label, general,
                signature(signer.authorization(keys, "dlc", "POST", "/", "a=1", headers, m, timestamp))));
        u.assertNone(350);
    }

    @Test
    void tc3ScopeDateTurnsAtUtcMidnight() {
        Credentials keys = Credentials.of("id", "secret");
        Tc3Signer signer = new Tc3Signer();
        long midnight = Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC).toEpochSecond();
        assertEquals(1704067200L, midnight);
        String before = signer.authorization(keys, "dlc", "h", "t", new byte[0], midnight - 1);
        String after = signer.authorization(keys, "dlc", "h", "t", new byte[0], midnight);
        assertEquals("TC3-HMAC-SHA256 Credential=id/2023-12-31/dlc/tc3_request, SignedHeaders=content-type;host, ",
                before.substring(0, before.indexOf("Signature=")));
        assertEquals("TC3-HMAC-SHA256 Credential=id/2024-01-01/dlc/tc3_request, SignedHeaders=content-type;host, ",
                after.substring(0, after.indexOf("Signature=")));
    }

    // ---------------------------------------------------------------- ACS3

    @Test
    void acs3() {
        // ECS CancelTask ACS3-HMAC-SHA256 vector of notes/alibaba.md §3 (openapiutil 0.2.0)
        Map<String, String> query = map("RegionId", "cn-hangzhou", "TaskId", "t-a b*c~d/e+f=g&h:中文");
        Map<String, String> headers = map("host", "ecs.cn-hangzhou.aliyuncs.com", "x-acs-action", "CancelTask",
                "x-acs-version", "2014-05-26", "x-acs-date", "2024-05-01T08:00:00Z",
                "x-acs-signature-nonce", "c0ffee00000040008000000000000004",
                "x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Credentials test = Credentials.of("testid", "testsecret");
        Acs3Signer.Algorithm sha256 = Acs3Signer.Algorithm.ACS3_HMAC_SHA256;
        String base = signature(Acs3Signer.authorization(sha256, "POST", "/", query, headers, test));
        assertEquals("5a8d102271ff5c2df9f94deabe6bacd10220091e506707d045d1ea7b50437220", base);

        Unchanged u = new Unchanged();
        mutations("query", query).forEach((label, m) -> u.expectChange(label, base,
                signature(Acs3Signer.authorization(sha256, "POST", "/", m, headers, test))));
        mutations("header", headers).forEach((label, m) -> u.expectChange(label, base,
                signature(Acs3Signer.authorization(sha256, "POST", "/", query, m, test))));
        mutations("method", "POST").forEach((label, m) -> u.expectChange(label, base,
                signature(Acs3Signer.authorization(sha256, m, "/", query, headers, test))));
        mutations("uri", "/").forEach((label, m) -> u.expectChange(label, base,
                signature(Acs3Signer.authorization(sha256, "POST", m, query, headers, test))));
        mutations("secret", "testsecret").forEach((label, s) -> u.expectChange(label, base,
                signature(Acs3Signer.authorization(sha256, "POST", "/", query, headers, Credentials.of("testid", s)))));
        u.assertNone(200);
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }
}
