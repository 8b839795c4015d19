package io.github.canceltask.core.signer;

import io.github.canceltask.core.auth.Credentials;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alibaba Cloud ROA signature (HMAC-SHA1), sent as {@code Authorization: acs <id>:<signature>}. The string to sign is
 * the method, {@code Accept}, {@code Content-MD5}, {@code Content-Type} and {@code Date} lines, the sorted lower-cased
 * {@code x-acs-*} headers (values trimmed, as HTTP sends them), and the resource: the path as sent, then the query
 * sorted by name with raw values.
 * Pure functions; thread-safe.
 */
public final class RoaSigner {
    /** The {@code x-acs-signature-method} header value. */
    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    /** The {@code x-acs-signature-version} header value. */
    public static final String SIGNATURE_VERSION = "1.0";

    private RoaSigner() {
    }

    /**
     * Adds the signing headers ({@code Date}, {@code x-acs-signature-*}, for a session token
     * {@code x-acs-accesskey-id} and {@code x-acs-security-token}) and {@code Authorization} to a request's headers.
     *
     * @param method the HTTP method
     * @param path the path exactly as sent, already percent-encoded
     * @param query the query parameters, unencoded
     * @param headers the request's own headers ({@code Accept}, {@code x-acs-action}, {@code x-acs-version}, ...)
     * @param credentials who signs
     * @param time the signing time, sent as {@code Date}
     * @param nonce a value never used before, sent as {@code x-acs-signature-nonce}
     * @return every header to send, sorted by name
     */
    public static Map<String, String> sign(String method, String path, Map<String, String> query,
                                           Map<String, String> headers, Credentials credentials,
                                           Instant time, String nonce) {
        TreeMap<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(headers);
        all.put("Date", Timestamps.rfc1123(time));
        all.put("x-acs-signature-method", SIGNATURE_METHOD);
        all.put("x-acs-signature-version", SIGNATURE_VERSION);
        all.put("x-acs-signature-nonce", nonce);
        credentials.sessionToken().ifPresent(token -> {
            all.put("x-acs-accesskey-id", credentials.id());
            all.put("x-acs-security-token", token);
        });
        all.put("Authorization", authorization(method, path, query, all, credentials));
        return all;
    }

    /**
     * @param method the HTTP method
     * @param path the path exactly as sent
     * @param query the query parameters, unencoded
     * @param headers the headers to send; {@code Authorization} is not read
     * @param credentials who signs
     * @return the {@code Authorization} header value
     */
    public static String authorization(String method, String path, Map<String, String> query,
                                       Map<String, String> headers, Credentials credentials) {
        return "acs " + credentials.id() + ":" + signature(stringToSign(method, path, query, headers),
                credentials.secret());
    }

    /**
     * @param stringToSign the string to sign
     * @param secret the access key secret (used as is, without the RPC style's {@code &})
     * @return the Base64 signature
     */
    public static String signature(String stringToSign, String secret) {
        return Base64.getEncoder().encodeToString(Hmacs.hmacSha1(Hmacs.utf8(secret), stringToSign));
    }

    /**
     * @param method the HTTP method
     * @param path the path exactly as sent
     * @param query the query parameters, unencoded
     * @param headers the headers to send, any case
     * @return the string to sign
     */
    public static String stringToSign(String method, String path, Map<String, String> query,
                                      Map<String, String> headers) {
        String accept = "";
        String contentMd5 = "";
        String contentType = "";
        String date = "";
        TreeMap<String, String> acs = new TreeMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            switch (name) {
                case "accept" -> accept = h.getValue();
                case "content-md5" -> contentMd5 = h.getValue();
                case "content-type" -> contentType = h.getValue();
                case "date" -> date = h.getValue();
                default -> {
                    if (name.startsWith("x-acs-")) {
                        acs.put(name, h.getValue().trim());
                    }
                }
            }
        }
        StringBuilder s = new StringBuilder(512)
                .append(method).append('\n')
                .append(accept).append('\n')
                .append(contentMd5).append('\n')
                .append(contentType).append('\n')
                .append(date).append('\n');
        for (Map.Entry<String, String> h : acs.entrySet()) {
            s.append(h.getKey()).append(':').append(h.getValue()).append('\n');
        }
        s.append(path);
        if (!query.isEmpty()) {
            char separator = '?';
            for (Map.Entry<String, String> q : new TreeMap<>(query).entrySet()) {
                s.append(separator).append(q.getKey());
                if (q.getValue() != null && !q.getValue().isEmpty()) {
                    s.append('=').append(q.getValue());
                }
                separator = '&';
            }
        }
        return s.toString();
    }
}
