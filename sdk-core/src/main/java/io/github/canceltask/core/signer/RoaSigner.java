package io.github.canceltask.core.signer;

import io.github.canceltask.core.auth.Credentials;
import java.time.Instant;
import java.util.Arrays;
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
        return "acs " + credentials.id() + ":"
                + signature(stringToSignBytes(method, path, query, headers), credentials.secret());
    }

    /**
     * @param stringToSign the string to sign
     * @param secret the access key secret (used as is, without the RPC style's {@code &})
     * @return the Base64 signature
     */
    public static String signature(String stringToSign, String secret) {
        return signature(new ByteText(stringToSign.length() * 2).utf8(stringToSign), secret);
    }

    private static String signature(ByteText stringToSign, String secret) {
        return Base64.getEncoder().encodeToString(Hmacs.hmacSha1(secret, "", stringToSign));
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
        return stringToSignBytes(method, path, query, headers).toString();
    }

    private static ByteText stringToSignBytes(String method, String path, Map<String, String> query,
                                              Map<String, String> headers) {
        String accept = "";
        String contentMd5 = "";
        String contentType = "";
        String date = "";
        String[] acsNames = new String[headers.size()];
        String[] acsValues = new String[headers.size()];
        int acsCount = 0;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey();
            if (name.equalsIgnoreCase("accept")) {
                accept = h.getValue();
            } else if (name.equalsIgnoreCase("content-md5")) {
                contentMd5 = h.getValue();
            } else if (name.equalsIgnoreCase("content-type")) {
                contentType = h.getValue();
            } else if (name.equalsIgnoreCase("date")) {
                date = h.getValue();
            } else if (name.regionMatches(true, 0, "x-acs-", 0, 6)) {
                insertSorted(acsNames, acsValues, acsCount++, name.toLowerCase(Locale.ROOT), h.getValue().trim());
            }
        }
        ByteText s = new ByteText(256 + path.length() + 32 * query.size())
                .ascii(method).ascii('\n')
                .utf8(accept).ascii('\n')
                .utf8(contentMd5).ascii('\n')
                .utf8(contentType).ascii('\n')
                .utf8(date).ascii('\n');
        for (int i = 0; i < acsCount; i++) {
            s.utf8(acsNames[i]).ascii(':').utf8(acsValues[i]).ascii('\n');
        }
        s.utf8(path);
        if (!query.isEmpty()) {
            String[] names = query.keySet().toArray(new String[0]);
            Arrays.sort(names);
            char separator = '?';
            for (String name : names) {
                String value = query.get(name);
                s.ascii(separator).utf8(name);
                if (value != null && !value.isEmpty()) {
                    s.ascii('=').utf8(value);
                }
                separator = '&';
            }
        }
        return s;
    }

    /** Insertion into the sorted first {@code count} slots: a request has a handful of {@code x-acs-*} headers. */
    private static void insertSorted(String[] names, String[] values, int count, String name, String value) {
        int i = count;
        while (i > 0 && names[i - 1].compareTo(name) > 0) {
            names[i] = names[i - 1];
            values[i] = values[i - 1];
            i--;
        }
        names[i] = name;
        values[i] = value;
    }
}
