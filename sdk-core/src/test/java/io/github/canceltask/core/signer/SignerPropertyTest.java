package io.github.canceltask.core.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.Credentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Randomized comparison of the signers with straightforward reference implementations written here from the algorithm
 * descriptions (notes/alibaba.md §1.1, §2.1, §3; notes/tencent.md §1.1): URLEncoder-based encoding, sort + join +
 * encode, naive string concatenation, a fresh {@link Mac} per HMAC, {@link SimpleDateFormat} for dates as the official
 * SDKs do. Fixed seed, so a failure reproduces; the inputs mix ASCII, reserved characters, control characters, 2- and
 * 3-byte UTF-8, surrogate pairs, U+2028 and friends.
 */
class SignerPropertyTest {
    private static final long SEED = 20261123L;
    private static final int CASES = 1000;
    private static final String RESERVED = " !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~-_.";
    private static final char[] SPECIAL = {'\u007F', '\u0080', '\u00A0', '\u00FF', '\u2028', '\u2029', '\uFEFF',
        '\uFFFD', '\uFFFF', '\u3000', '\u0301'};
    private static final String[] WORDS = {"中文", "😀", "é", "阿里云", "\uD83D\uDE00\u2028"};

    // ================================================================ random inputs

    static final class Gen {
        final Random r;

        Gen(long seed) {
            r = new Random(seed);
        }

        String text(int maxLength) {
            return text(maxLength, false);
        }

        String text(int maxLength, boolean loneSurrogates) {
            int length = r.nextInt(maxLength + 1);
            StringBuilder s = new StringBuilder(length + 2);
            while (s.length() < length) {
                switch (r.nextInt(loneSurrogates ? 12 : 11)) {
                    case 0 -> s.append((char) r.nextInt(0x20));
                    case 1, 2 -> s.append(RESERVED.charAt(r.nextInt(RESERVED.length())));
                    case 3, 4 -> s.append((char) (0x20 + r.nextInt(0x5F)));
                    case 5 -> s.append((char) (0x80 + r.nextInt(0x780)));
                    case 6 -> s.append((char) (0x800 + r.nextInt(0xD800 - 0x800)));
                    case 7 -> s.appendCodePoint(0x10000 + r.nextInt(0x100000));
                    case 8 -> s.append(SPECIAL[r.nextInt(SPECIAL.length)]);
                    case 9 -> s.append((char) (0xE000 + r.nextInt(0x2000)));
                    case 10 -> s.append(WORDS[r.nextInt(WORDS.length)]);
                    default -> s.append((char) (0xD800 + r.nextInt(0x800)));
                }
            }
            return s.toString();
        }

        /** Non-blank text, as {@link Credentials} requires. */
        String secret() {
            return "k" + text(24);
        }

        String token(int maxLength) {
            String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(maxLength + 1); i > 0; i--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return s.toString();
        }

        /** ASCII letters in random case; other characters unchanged. */
        String randomCase(String lower) {
            StringBuilder s = new StringBuilder(lower);
            for (int i = 0; i < s.length(); i++) {
                if (r.nextBoolean()) {
                    s.setCharAt(i, Character.toUpperCase(s.charAt(i)));
                }
            }
            return s.toString();
        }

        /** Text that may carry blanks and control characters at either end, which signers that trim drop. */
        String paddedText(int maxLength) {
            String pad = " \t\u000B";
            String left = r.nextInt(4) == 0 ? String.valueOf(pad.charAt(r.nextInt(pad.length()))) : "";
            String right = r.nextInt(4) == 0 ? String.valueOf(pad.charAt(r.nextInt(pad.length()))) : "";
            return left + text(maxLength) + right;
        }

        Map<String, String> params(int maxEntries, boolean nullAndEmptyValues) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = r.nextInt(maxEntries + 1); i > 0; i--) {
                String value = text(12);
                if (nullAndEmptyValues && r.nextInt(6) == 0) {
                    value = r.nextBoolean() ? null : "";
                }
                m.put(text(8), value);
            }
            return m;
        }

        /**
         * Header names, distinct once lower-cased, in random case: {@code x-acs-*} names that often prefix one another,
         * the given fixed names (each with probability one half), and names that must not be signed.
         */
        List<String> headerNames(String prefix, int maxSigned, String[] fixed, String[] unsigned) {
            Set<String> lower = new LinkedHashSet<>();
            for (int i = r.nextInt(maxSigned + 1); i > 0; i--) {
                lower.add(prefix + token(4));
            }
            for (String f : fixed) {
                if (r.nextBoolean()) {
                    lower.add(f);
                }
            }
            for (String u : unsigned) {
                if (r.nextInt(3) == 0) {
                    lower.add(u);
                }
            }
            List<String> names = new ArrayList<>();
            for (String n : lower) {
                names.add(randomCase(n));
            }
            Collections.shuffle(names, r);
            return names;
        }

        Instant instant() {
            return Instant.ofEpochSecond((long) (r.nextDouble() * 4_102_444_800L), r.nextInt(1_000_000_000));
        }

        byte[] bytes(int maxLength) {
            byte[] b = new byte[r.nextInt(maxLength + 1)];
            r.nextBytes(b);
            return b;
        }

        <T> T pick(List<T> options) {
            return options.get(r.nextInt(options.size()));
        }
    }

    // ================================================================ reference implementations

    static final class Reference {
        private Reference() {
        }

        /** notes/alibaba.md §1.1 step 3, as AcsURLEncoder.percentEncode does it. */
        static String percentEncode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8)
                    .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
        }

        static String rpcStringToSign(String method, Map<String, String> params) {
            List<String> keys = new ArrayList<>(params.keySet());
            keys.remove("Signature");
            Collections.sort(keys);
            List<String> pairs = new ArrayList<>();
            for (String k : keys) {
                pairs.add(percentEncode(k) + "=" + percentEncode(params.get(k)));
            }
            return method + "&" + percentEncode("/") + "&" + percentEncode(String.join("&", pairs));
        }

        static String rpcSignature(String method, Map<String, String> params, String secret) {
            return Base64.getEncoder().encodeToString(
                    hmac("HmacSHA1", utf8(secret + "&"), rpcStringToSign(method, params)));
        }

        static Map<String, String> rpcSign(String method, Map<String, String> own, Credentials c, Instant time,
                                           String nonce) {
            Map<String, String> all = new HashMap<>(own);
            all.put("AccessKeyId", c.id());
            all.put("SignatureMethod", "HMAC-SHA1");
            all.put("SignatureVersion", "1.0");
            all.put("SignatureNonce", nonce);
            all.put("Timestamp", ISO_8601.get().format(Date.from(time)));
            if (c.sessionToken().isPresent()) {
                all.put("SecurityToken", c.sessionToken().get());
            }
            all.put("Signature", rpcSignature(method, all, c.secret()));
            return all;
        }

        static String roaStringToSign(String method, String path, Map<String, String> query,
                                      Map<String, String> headers) {
            String accept = "";
            String md5 = "";
            String type = "";
            String date = "";
            Map<String, String> acs = new HashMap<>();
            for (Map.Entry<String, String> h : headers.entrySet()) {
                String name = h.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("accept")) {
                    accept = h.getValue();
                } else if (name.equals("content-md5")) {
                    md5 = h.getValue();
                } else if (name.equals("content-type")) {
                    type = h.getValue();
                } else if (name.equals("date")) {
                    date = h.getValue();
                } else if (name.startsWith("x-acs-")) {
                    // HTTP sends header values trimmed, so the signer signs them trimmed.
                    acs.put(name, h.getValue().trim());
                }
            }
            String s = method + "\n" + accept + "\n" + md5 + "\n" + type + "\n" + date + "\n";
            List<String> names = new ArrayList<>(acs.keySet());
            Collections.sort(names);
            for (String n : names) {
                s += n + ":" + acs.get(n) + "\n";
            }
            s += path;
            List<String> keys = new ArrayList<>(query.keySet());
            Collections.sort(keys);
            for (int i = 0; i < keys.size(); i++) {
                String v = query.get(keys.get(i));
                s += (i == 0 ? "?" : "&") + keys.get(i) + (v == null || v.isEmpty() ? "" : "=" + v);
            }
            return s;
        }

        static String roaAuthorization(String method, String path, Map<String, String> query,
                                       Map<String, String> headers, Credentials c) {
            return "acs " + c.id() + ":" + Base64.getEncoder().encodeToString(
                    hmac("HmacSHA1", utf8(c.secret()), roaStringToSign(method, path, query, headers)));
        }

        static String tc3(Credentials c, String service, String method, String uri, String query,
                          Map<String, String> headers, String hashedPayload, long timestamp) {
            Map<String, String> lower = new HashMap<>();
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.trim()));
            List<String> names = new ArrayList<>(lower.keySet());
            Collections.sort(names);
            String canonicalHeaders = "";
            for (String n : names) {
                canonicalHeaders += n + ":" + lower.get(n) + "\n";
            }
            String signedHeaders = String.join(";", names);
            String canonical = method + "\n" + uri + "\n" + query + "\n" + canonicalHeaders + "\n" + signedHeaders
                    + "\n" + hashedPayload;
            String date = utcDate(timestamp);
            String scope = date + "/" + service + "/tc3_request";
            String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + sha256Hex(utf8(canonical));
            byte[] secretDate = hmac("HmacSHA256", utf8("TC3" + c.secret()), date);
            byte[] secretService = hmac("HmacSHA256", secretDate, service);
            byte[] secretSigning = hmac("HmacSHA256", secretService, "tc3_request");
            String signature = HexFormat.of().formatHex(hmac("HmacSHA256", secretSigning, stringToSign));
            return "TC3-HMAC-SHA256 Credential=" + c.id() + "/" + scope + ", SignedHeaders=" + signedHeaders
                    + ", Signature=" + signature;
        }

        static String tc3Post(Credentials c, String service, String host, String contentType, byte[] body,
                              long timestamp) {
            String canonical = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host + "\n\ncontent-type;host\n"
                    + sha256Hex(body);
            String date = utcDate(timestamp);
            String scope = date + "/" + service + "/tc3_request";
            String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + sha256Hex(utf8(canonical));
            byte[] key = hmac("HmacSHA256", hmac("HmacSHA256", hmac("HmacSHA256", utf8("TC3" + c.secret()), date),
                    service), "tc3_request");
            return "TC3-HMAC-SHA256 Credential=" + c.id() + "/" + scope + ", SignedHeaders=content-type;host, Signature="
                    + HexFormat.of().formatHex(hmac("HmacSHA256", key, stringToSign));
        }

        static String acs3CanonicalRequest(String method, String uri, Map<String, String> query,
                                           Map<String, String> headers) {
            List<String> keys = new ArrayList<>(query.keySet());
            Collections.sort(keys);
            List<String> pairs = new ArrayList<>();
            for (String k : keys) {
                String v = query.get(k);
                pairs.add(percentEncode(k) + "=" + percentEncode(v == null ? "" : v));
            }
            Map<String, String> signed = new HashMap<>();
            headers.forEach((k, v) -> {
                String n = k.toLowerCase(Locale.ROOT);
                if (n.equals("host") || n.equals("content-type") || n.startsWith("x-acs-")) {
                    signed.put(n, v.trim());
                }
            });
            List<String> names = new ArrayList<>(signed.keySet());
            Collections.sort(names);
            String canonicalHeaders = "";
            for (String n : names) {
                canonicalHeaders += n + ":" + signed.get(n) + "\n";
            }
            String payload = signed.containsKey("x-acs-content-sha256") ? signed.get("x-acs-content-sha256") : "";
            return method + "\n" + uri + "\n" + String.join("&", pairs) + "\n" + canonicalHeaders + "\n"
                    + String.join(";", names) + "\n" + payload;
        }

        static String acs3SignedHeaders(Map<String, String> headers) {
            List<String> names = new ArrayList<>();
            for (String k : headers.keySet()) {
                String n = k.toLowerCase(Locale.ROOT);
                if (n.equals("host") || n.equals("content-type") || n.startsWith("x-acs-")) {
                    names.add(n);
                }
            }
            Collections.sort(names);
            return String.join(";", names);
        }

        static String acs3Sha256(String method, String uri, Map<String, String> query, Map<String, String> headers,
                                 Credentials c) {
            String canonical = acs3CanonicalRequest(method, uri, query, headers);
            String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(utf8(canonical));
            return "ACS3-HMAC-SHA256 Credential=" + c.id() + ",SignedHeaders=" + acs3SignedHeaders(headers)
                    + ",Signature="
                    + HexFormat.of().formatHex(hmac("HmacSHA256", utf8(c.secret()), stringToSign));
        }

        /** As the classic SDK's {@code ParameterHelper.getISO8601Time}. */
        private static final ThreadLocal<SimpleDateFormat> ISO_8601 =
                ThreadLocal.withInitial(() -> utc(new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ENGLISH)));
        /** As the classic SDK's {@code ParameterHelper.getRFC2616Date}. */
        private static final ThreadLocal<SimpleDateFormat> RFC_2616 =
                ThreadLocal.withInitial(() -> utc(new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ENGLISH)));

        private static SimpleDateFormat utc(SimpleDateFormat f) {
            f.setTimeZone(TimeZone.getTimeZone("GMT"));
            return f;
        }

        /** The UTC calendar date of a Unix time, by day arithmetic. */
        static String utcDate(long epochSecond) {
            return java.time.LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L)).toString();
        }

        static String rfc1123(Instant time) {
            return RFC_2616.get().format(Date.from(time));
        }

        static byte[] hmac(String algorithm, byte[] key, String data) {
            try {
                Mac mac = Mac.getInstance(algorithm);
                mac.init(new SecretKeySpec(key, algorithm));
                return mac.doFinal(utf8(data));
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        }

        static String sha256Hex(byte[] data) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        }

        static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    // ================================================================ properties

    @Test
    void percentEncoderMatchesUrlEncoder() {
        Gen g = new Gen(SEED);
        for (int i = 0; i < 5 * CASES; i++) {
            String s = g.text(24, true);
            String expected = Reference.percentEncode(s);
            assertEquals(expected, PercentEncoder.encode(s), () -> "case " + escape(s));
            StringBuilder out = new StringBuilder("x=");
            PercentEncoder.encode(s, out);
            assertEquals("x=" + expected, out.toString(), () -> "case " + escape(s));
        }
    }

    @Test
    void rpcMatchesReference() {
        Gen g = new Gen(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            String method = g.pick(List.of("GET", "POST"));
            Map<String, String> params = g.params(8, false);
            if (g.r.nextInt(10) == 0) {
                params.put("Signature", g.text(10));
            }
            String secret = g.secret();
            int n = i;
            Supplier<String> context = () -> "case " + n + " " + escape(params.toString());
            assertEquals(Reference.rpcStringToSign(method, params), RpcSigner.stringToSign(method, params), context);
            assertEquals(Reference.rpcSignature(method, params, secret), RpcSigner.signature(method, params, secret),
                    context);

            Credentials c = Credentials.of(g.secret(), g.secret(), g.r.nextBoolean() ? g.text(20) : null);
            Instant time = g.instant();
            String nonce = g.text(20);
            params.remove("Signature");
            assertEquals(Reference.rpcSign(method, params, c, time, nonce), RpcSigner.sign(method, params, c, time,
                    nonce), context);
        }
    }

    private static final String[] ROA_FIXED = {"accept", "content-md5", "content-type", "date"};
    private static final String[] ROA_UNSIGNED = {"user-agent", "x-sdk-client", "regionid", "x-acsfoo", "acs-x-y",
        "host", "authorization"};

    @Test
    void roaMatchesReference() {
        Gen g = new Gen(SEED + 2);
        for (int i = 0; i < CASES; i++) {
            String method = g.pick(List.of("GET", "POST", "PUT", "DELETE"));
            String path = "/" + g.text(16);
            Map<String, String> query = g.params(5, true);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : g.headerNames("x-acs-", 6, ROA_FIXED, ROA_UNSIGNED)) {
                headers.put(name, g.text(12));
            }
            Credentials c = Credentials.of(g.secret(), g.secret());
            int n = i;
            Supplier<String> context = () -> "case " + n + " " + escape(headers.toString()) + " "
                    + escape(query.toString());
            assertEquals(Reference.roaStringToSign(method, path, query, headers),
                    RoaSigner.stringToSign(method, path, query, headers), context);
            assertEquals(Reference.roaAuthorization(method, path, query, headers, c),
                    RoaSigner.authorization(method, path, query, headers, c), context);

            // sign(): the caller's headers (without a Date or Authorization of their own) plus the signing headers
            headers.keySet().removeIf(h -> h.equalsIgnoreCase("date") || h.equalsIgnoreCase("authorization"));
            Credentials sc = Credentials.of(g.secret(), g.secret(), g.r.nextBoolean() ? g.text(20) : null);
            Instant time = g.instant();
            String nonce = g.text(20);
            Map<String, String> expected = new HashMap<>(headers);
            expected.put("Date", Reference.rfc1123(time));
            expected.put("x-acs-signature-method", "HMAC-SHA1");
            expected.put("x-acs-signature-version", "1.0");
            expected.put("x-acs-signature-nonce", nonce);
            if (sc.sessionToken().isPresent()) {
                expected.put("x-acs-accesskey-id", sc.id());
                expected.put("x-acs-security-token", sc.sessionToken().get());
            }
            expected.put("Authorization", Reference.roaAuthorization(method, path, query, expected, sc));
            assertEquals(expected, RoaSigner.sign(method, path, query, headers, sc, time, nonce), context);
        }
    }

    private static final String[] TC3_FIXED = {"content-type", "host", "x-tc-action"};

    @Test
    void tc3MatchesReference() {
        Gen g = new Gen(SEED + 3);
        // small pools, so that the one signer's key cache both hits and misses
        List<Credentials> keys = List.of(Credentials.of("AKID1", g.secret()), Credentials.of("AKID2", g.secret()),
                Credentials.of("AKID3", g.secret(), "token"), Credentials.of(g.secret(), g.secret()));
        List<String> services = List.of("dlc", "cvm", g.text(6) + "x");
        List<Long> days = List.of(1_700_000_000L, 1_704_067_199L - 30, 1_735_689_600L);
        Tc3Signer signer = new Tc3Signer();
        for (int i = 0; i < CASES; i++) {
            Credentials c = g.pick(keys);
            String service = g.pick(services);
            long timestamp = g.r.nextInt(8) == 0 ? (long) (g.r.nextDouble() * 4_102_444_800L)
                    : g.pick(days) + g.r.nextInt(60);
            String host = g.text(20);
            String contentType = g.text(20);
            byte[] body = g.bytes(200);
            int n = i;
            Supplier<String> context = () -> "case " + n;
            assertEquals(Reference.tc3Post(c, service, host, contentType, body, timestamp),
                    signer.authorization(c, service, host, contentType, body, timestamp), context);

            String method = g.pick(List.of("GET", "POST", "PUT"));
            String uri = "/" + g.text(8);
            String query = g.text(16);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : g.headerNames("x-tc-", 3, TC3_FIXED, new String[0])) {
                headers.put(name, g.paddedText(12));
            }
            String hashedPayload = g.r.nextBoolean() ? Reference.sha256Hex(body) : g.text(10);
            assertEquals(Reference.tc3(c, service, method, uri, query, headers, hashedPayload, timestamp),
                    signer.authorization(c, service, method, uri, query, headers, hashedPayload, timestamp),
                    () -> context.get() + " " + escape(headers.toString()));
        }
    }

    private static final String[] ACS3_FIXED = {"host", "content-type"};
    private static final String[] ACS3_UNSIGNED = {"accept", "user-agent", "x-acsfoo", "authorization", "date",
        "content-md5"};

    @Test
    void acs3Sha256MatchesReference() {
        Gen g = new Gen(SEED + 4);
        for (int i = 0; i < CASES; i++) {
            String method = g.pick(List.of("GET", "POST", "PUT", "DELETE"));
            String uri = "/" + g.text(12);
            Map<String, String> query = g.params(5, true);
            byte[] body = g.bytes(100);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : g.headerNames("x-acs-", 5, ACS3_FIXED, ACS3_UNSIGNED)) {
                headers.put(name, g.paddedText(12));
            }
            if (g.r.nextInt(10) != 0) {
                String hash = Acs3Signer.hashPayload(Acs3Signer.Algorithm.ACS3_HMAC_SHA256, body);
                assertEquals(Reference.sha256Hex(body), hash);
                headers.put(g.randomCase("x-acs-content-sha256"), hash);
            }
            Credentials c = Credentials.of(g.secret(), g.secret());
            int n = i;
            Supplier<String> context = () -> "case " + n + " " + escape(headers.toString()) + " "
                    + escape(query.toString());
            assertEquals(Reference.acs3CanonicalRequest(method, uri, query, headers),
                    Acs3Signer.canonicalRequest(method, uri, query, headers), context);
            assertEquals(Reference.acs3Sha256(method, uri, query, headers, c),
                    Acs3Signer.authorization(Acs3Signer.Algorithm.ACS3_HMAC_SHA256, method, uri, query, headers, c),
                    context);
        }
    }

    // ================================================================ concurrency

    /**
     * 8 threads run the same signing calls, each in its own order and several times, and must get the single-threaded
     * answers: checks the per-thread Mac/MessageDigest caches and the one Tc3Signer's shared key cache.
     */
    @Test
    void concurrentSigningMatchesSingleThreaded() throws Exception {
        Gen g = new Gen(SEED + 5);
        Tc3Signer sharedTc3 = new Tc3Signer();
        List<Credentials> keys = List.of(Credentials.of("id-a", g.secret()), Credentials.of("id-b", g.secret()),
                Credentials.of("id-c", g.secret(), "tok"));
        List<Callable<String>> calls = new ArrayList<>();
        Map<Integer, String> references = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Credentials c = keys.get(i % keys.size());
            String method = g.pick(List.of("GET", "POST"));
            Map<String, String> params = g.params(6, false);
            Map<String, String> query = g.params(3, false);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : g.headerNames("x-acs-", 4, ROA_FIXED, new String[0])) {
                headers.put(name, g.text(10));
            }
            Instant time = g.instant();
            String nonce = g.text(12);
            String service = g.pick(List.of("dlc", "cvm", "cbs"));
            long timestamp = 1_704_067_199L + g.r.nextInt(3) * 43_200L;
            byte[] body = g.bytes(64);
            String host = g.text(10);
            String text = g.text(30);
            Acs3Signer.Algorithm algorithm = i % 40 == 7 ? Acs3Signer.Algorithm.ACS3_HMAC_SM3
                    : Acs3Signer.Algorithm.ACS3_HMAC_SHA256;
            if (i % 10 == 4 || i % 10 == 5) {
                references.put(i, Reference.tc3Post(c, service, host, "application/json", body, timestamp));
            } else if (i % 10 == 6) {
                references.put(i, Reference.tc3(c, service, method, "/", "", headers,
                        Reference.sha256Hex(body), timestamp));
            }
            // more weight on the HMAC-SHA256 users (TC3, ACS3), whose shared state a race would show in
            switch (i % 10) {
                case 0 -> calls.add(() -> RpcSigner.signature(method, params, c.secret()));
                case 1 -> calls.add(() -> RpcSigner.sign(method, params, c, time, nonce).toString());
                case 2 -> calls.add(() -> RoaSigner.authorization(method, "/p", query, headers, c));
                case 3 -> calls.add(() -> RoaSigner.sign(method, "/p", query, headers, c, time, nonce).toString());
                case 4, 5 -> calls.add(() -> sharedTc3.authorization(c, service, host, "application/json", body,
                        timestamp));
                case 6 -> calls.add(() -> sharedTc3.authorization(c, service, method, "/", "", headers,
                        Tc3Signer.hashPayload(body), timestamp));
                case 7, 8 -> calls.add(() -> Acs3Signer.authorization(algorithm, method, "/", query, headers, c));
                default -> calls.add(() -> PercentEncoder.encode(text));
            }
        }
        List<String> expected = new ArrayList<>();
        for (Callable<String> call : calls) {
            expected.add(call.call());
        }
        // the shared Tc3Signer, used single-threaded across secrets, services and dates, agrees with the reference
        references.forEach((k, reference) -> assertEquals(reference, expected.get(k), "call " + k));

        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long threadSeed = SEED + 100 + t;
                results.add(pool.submit(() -> {
                    Random order = new Random(threadSeed);
                    List<Integer> indexes = new ArrayList<>();
                    for (int k = 0; k < calls.size(); k++) {
                        indexes.add(k);
                    }
                    List<String> mismatches = new ArrayList<>();
                    start.await(10, TimeUnit.SECONDS);
                    for (int pass = 0; pass < 2; pass++) {
                        Collections.shuffle(indexes, order);
                        for (int k : indexes) {
                            String got = calls.get(k).call();
                            if (!got.equals(expected.get(k))) {
                                mismatches.add("call " + k + ": " + got + " != " + expected.get(k));
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> result : results) {
                List<String> mismatches = result.get(30, TimeUnit.SECONDS);
                assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " mismatches, first: " + mismatches.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The one Tc3Signer's key cache under contention: 8 threads alternate, out of phase, between keys that differ
     * only in secret, date or service, so that the cached key is replaced while others read it.
     */
    @Test
    void tc3KeyCacheUnderContention() throws Exception {
        Tc3Signer shared = new Tc3Signer();
        byte[] body = new byte[0];
        Credentials a = Credentials.of("id", "secret-a");
        Credentials b = Credentials.of("id", "secret-b");
        Object[][] variants = {
            {a, "dlc", 1_700_000_000L}, {b, "dlc", 1_700_000_000L}, {a, "cvm", 1_700_000_000L},
            {a, "dlc", 1_700_086_400L}, {b, "cvm", 1_700_086_400L},
        };
        String[] expected = new String[variants.length];
        for (int v = 0; v < variants.length; v++) {
            expected[v] = Reference.tc3Post((Credentials) variants[v][0], (String) variants[v][1], "h", "t", body,
                    (Long) variants[v][2]);
        }
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int phase = t;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    start.await(10, TimeUnit.SECONDS);
                    for (int k = 0; k < 1_500; k++) {
                        int v = (k + phase) % variants.length;
                        String got = shared.authorization((Credentials) variants[v][0], (String) variants[v][1], "h",
                                "t", body, (Long) variants[v][2]);
                        if (!got.equals(expected[v])) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F) {
                out.append((char) cp);
            } else {
                out.append(String.format(Locale.ROOT, "\\u{%X}", cp));
            }
        });
        return out.toString();
    }

    /** The generators produce what they claim (so that the properties above are not vacuous). */
    @Test
    void generatorCoversTheAwkwardCharacters() {
        Gen g = new Gen(SEED);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            all.append(g.text(24, true));
        }
        String s = all.toString();
        assertTrue(s.chars().anyMatch(ch -> ch < 0x20), "control characters");
        assertTrue(s.chars().anyMatch(ch -> ch == '*' || ch == '~' || ch == '+' || ch == '%' || ch == ' '), "reserved");
        assertTrue(s.contains("\u2028"), "U+2028");
        assertTrue(s.codePoints().anyMatch(Character::isSupplementaryCodePoint), "surrogate pairs");
        assertTrue(s.chars().anyMatch(ch -> ch >= 0x80 && ch < 0x800), "2-byte UTF-8");
        SortedMap<String, String> sorted = new TreeMap<>();
        for (String n : new Gen(SEED).headerNames("x-acs-", 50, ROA_FIXED, ROA_UNSIGNED)) {
            sorted.put(n.toLowerCase(Locale.ROOT), n);
        }
        assertTrue(sorted.keySet().stream().anyMatch(a -> sorted.keySet().stream()
                .anyMatch(b -> !a.equals(b) && b.startsWith(a) && a.startsWith("x-acs-"))), "prefix header names");
    }
}
