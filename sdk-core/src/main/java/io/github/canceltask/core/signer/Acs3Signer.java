package io.github.canceltask.core.signer;

import io.github.canceltask.core.auth.Credentials;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alibaba Cloud signature V3: {@code ACS3-HMAC-SHA256}, or {@code ACS3-HMAC-SM3} when BouncyCastle
 * ({@code org.bouncycastle:bcprov-jdk18on}) is on the classpath. Signs {@code host}, {@code content-type} and every
 * {@code x-acs-*} header. Pure functions; thread-safe.
 */
public final class Acs3Signer {
    /** The two V3 algorithms. */
    public enum Algorithm {
        /** HMAC-SHA256 over a SHA-256 canonical request; from the JDK. */
        ACS3_HMAC_SHA256("ACS3-HMAC-SHA256"),
        /** HMAC-SM3 over an SM3 canonical request; needs BouncyCastle. */
        ACS3_HMAC_SM3("ACS3-HMAC-SM3");

        private final String wireName;

        Algorithm(String wireName) {
            this.wireName = wireName;
        }

        /** @return the name as it appears in the {@code Authorization} header */
        public String wireName() {
            return wireName;
        }

        byte[] hash(byte[] data) {
            return this == ACS3_HMAC_SHA256 ? Hmacs.sha256(data) : Sm3.hash(data);
        }

        byte[] hmac(byte[] key, String data) {
            return this == ACS3_HMAC_SHA256 ? Hmacs.hmacSha256(key, data) : Sm3.hmac(key, Hmacs.utf8(data));
        }
    }

    private Acs3Signer() {
    }

    /**
     * Adds the V3 signing headers ({@code x-acs-date}, {@code x-acs-signature-nonce}, {@code x-acs-content-sha256},
     * for a session token {@code x-acs-security-token}) and {@code Authorization} to a request's headers.
     *
     * @param algorithm the algorithm
     * @param method the HTTP method
     * @param canonicalUri the path as sent, already percent-encoded
     * @param query the query parameters, unencoded
     * @param headers the request's own headers: {@code host}, {@code x-acs-action}, {@code x-acs-version}, ...
     * @param body the body bytes as sent
     * @param credentials who signs
     * @param time the signing time
     * @param nonce a value never used before
     * @return every header to send, sorted by name
     */
    public static Map<String, String> sign(Algorithm algorithm, String method, String canonicalUri,
                                           Map<String, String> query, Map<String, String> headers, byte[] body,
                                           Credentials credentials, Instant time, String nonce) {
        TreeMap<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(headers);
        all.put("x-acs-date", Timestamps.iso8601(time));
        all.put("x-acs-signature-nonce", nonce);
        all.put("x-acs-content-sha256", hashPayload(algorithm, body));
        credentials.sessionToken().ifPresent(token -> all.put("x-acs-security-token", token));
        all.put("Authorization", authorization(algorithm, method, canonicalUri, query, all, credentials));
        return all;
    }

    /**
     * @param algorithm the algorithm
     * @param body the body bytes as sent
     * @return lower-case hex digest of the body, to send as {@code x-acs-content-sha256} and sign
     */
    public static String hashPayload(Algorithm algorithm, byte[] body) {
        return Hmacs.hex(algorithm.hash(body));
    }

    /**
     * @param algorithm the algorithm
     * @param method the HTTP method
     * @param canonicalUri the path as sent, already percent-encoded ({@code /} for RPC)
     * @param query the query parameters, unencoded
     * @param headers the headers to send; {@code host}, {@code content-type} and {@code x-acs-*} are signed, and
     *     {@code x-acs-content-sha256} must already hold the body's hash
     * @param credentials who signs
     * @return the {@code Authorization} header value
     */
    public static String authorization(Algorithm algorithm, String method, String canonicalUri,
                                       Map<String, String> query, Map<String, String> headers,
                                       Credentials credentials) {
        TreeMap<String, String> signed = signedHeaders(headers);
        String names = String.join(";", signed.keySet());
        String canonical = canonicalRequest(method, canonicalUri, query, signed, names);
        String stringToSign = algorithm.wireName() + "\n" + Hmacs.hex(algorithm.hash(Hmacs.utf8(canonical)));
        String signature = Hmacs.hex(algorithm.hmac(Hmacs.utf8(credentials.secret()), stringToSign));
        return algorithm.wireName() + " Credential=" + credentials.id() + ",SignedHeaders=" + names
                + ",Signature=" + signature;
    }

    /**
     * @param method the HTTP method
     * @param canonicalUri the path as sent
     * @param query the query parameters, unencoded
     * @param headers the headers to send
     * @return the canonical request
     */
    public static String canonicalRequest(String method, String canonicalUri, Map<String, String> query,
                                          Map<String, String> headers) {
        TreeMap<String, String> signed = signedHeaders(headers);
        return canonicalRequest(method, canonicalUri, query, signed, String.join(";", signed.keySet()));
    }

    private static String canonicalRequest(String method, String canonicalUri, Map<String, String> query,
                                           TreeMap<String, String> signed, String names) {
        StringBuilder s = new StringBuilder(512).append(method).append('\n').append(canonicalUri).append('\n');
        boolean first = true;
        for (Map.Entry<String, String> q : new TreeMap<>(query).entrySet()) {
            if (!first) {
                s.append('&');
            }
            first = false;
            PercentEncoder.encode(q.getKey(), s);
            s.append('=');
            PercentEncoder.encode(q.getValue() == null ? "" : q.getValue(), s);
        }
        s.append('\n');
        signed.forEach((name, value) -> s.append(name).append(':').append(value).append('\n'));
        return s.append('\n').append(names).append('\n').append(signed.getOrDefault("x-acs-content-sha256", ""))
                .toString();
    }

    private static TreeMap<String, String> signedHeaders(Map<String, String> headers) {
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-type") || lower.startsWith("x-acs-")) {
                signed.put(lower, value.trim());
            }
        });
        return signed;
    }
}
