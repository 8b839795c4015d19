package io.github.canceltask.core.signer;

import io.github.canceltask.core.auth.Credentials;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tencent Cloud API 3.0 signature, TC3-HMAC-SHA256. The signing key is derived from {@code "TC3" + secretKey} over the
 * UTC date, the service and {@code tc3_request}; the last derived key is kept, since it changes once a day.
 * Thread-safe; its only state is that cache.
 */
public final class Tc3Signer {
    /** The algorithm name that opens the string to sign and the {@code Authorization} header. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";

    private volatile DerivedKey lastKey;

    /** Creates a signer with an empty key cache. */
    public Tc3Signer() {
    }

    /**
     * Signs a POST to {@code /} with no query, over the headers {@code content-type} and {@code host}: the form every
     * Tencent Cloud SDK sends.
     *
     * @param credentials who signs; a session token is not signed (it travels as {@code X-TC-Token})
     * @param service the credential scope's service, e.g. {@code dlc}
     * @param host the {@code Host} header as sent
     * @param contentType the {@code Content-Type} header exactly as sent
     * @param body the body bytes exactly as sent
     * @param timestamp the signing time in Unix seconds, sent as {@code X-TC-Timestamp}
     * @return the {@code Authorization} header value
     */
    public String authorization(Credentials credentials, String service, String host, String contentType,
                                byte[] body, long timestamp) {
        String canonicalRequest = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host
                + "\n\ncontent-type;host\n" + Hmacs.hex(Hmacs.sha256(body));
        return authorization(credentials, service, "content-type;host", canonicalRequest, timestamp);
    }

    /**
     * Signs any request.
     *
     * @param credentials who signs
     * @param service the credential scope's service
     * @param method the HTTP method
     * @param canonicalUri the path, e.g. {@code /}
     * @param canonicalQuery the query as sent, empty for POST
     * @param signedHeaders the headers to sign, name to value; names are lower-cased and sorted, values trimmed
     * @param hashedPayload lower-case hex SHA-256 of the body (or of {@code UNSIGNED-PAYLOAD})
     * @param timestamp the signing time in Unix seconds
     * @return the {@code Authorization} header value
     */
    public String authorization(Credentials credentials, String service, String method, String canonicalUri,
                                String canonicalQuery, Map<String, String> signedHeaders, String hashedPayload,
                                long timestamp) {
        TreeMap<String, String> headers = new TreeMap<>();
        signedHeaders.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value.trim()));
        StringBuilder canonical = new StringBuilder(256)
                .append(method).append('\n').append(canonicalUri).append('\n').append(canonicalQuery).append('\n');
        headers.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
        String names = String.join(";", headers.keySet());
        canonical.append('\n').append(names).append('\n').append(hashedPayload);
        return authorization(credentials, service, names, canonical.toString(), timestamp);
    }

    /**
     * @param timestamp Unix seconds
     * @param credentialScope {@code date/service/tc3_request}
     * @param canonicalRequest the canonical request
     * @return the string to sign
     */
    public static String stringToSign(long timestamp, String credentialScope, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + credentialScope + "\n"
                + Hmacs.hex(Hmacs.sha256(Hmacs.utf8(canonicalRequest)));
    }

    /**
     * @param body the body bytes
     * @return lower-case hex SHA-256, the canonical request's last line
     */
    public static String hashPayload(byte[] body) {
        return Hmacs.hex(Hmacs.sha256(body));
    }

    private String authorization(Credentials credentials, String service, String signedHeaderNames,
                                 String canonicalRequest, long timestamp) {
        String date = Timestamps.utcDate(timestamp);
        String scope = date + "/" + service + "/tc3_request";
        byte[] key = signingKey(credentials.secret(), date, service);
        String signature = Hmacs.hex(Hmacs.hmacSha256WithCachedKey(key,
                Hmacs.utf8(stringToSign(timestamp, scope, canonicalRequest))));
        return ALGORITHM + " Credential=" + credentials.id() + "/" + scope
                + ", SignedHeaders=" + signedHeaderNames + ", Signature=" + signature;
    }

    private byte[] signingKey(String secret, String date, String service) {
        DerivedKey cached = lastKey;
        if (cached != null && cached.matches(secret, date, service)) {
            return cached.key;
        }
        byte[] secretDate = Hmacs.hmacSha256(Hmacs.utf8("TC3" + secret), date);
        byte[] secretService = Hmacs.hmacSha256(secretDate, service);
        byte[] key = Hmacs.hmacSha256(secretService, "tc3_request");
        lastKey = new DerivedKey(secret, date, service, key);
        return key;
    }

    private record DerivedKey(String secret, String date, String service, byte[] key) {
        boolean matches(String s, String d, String svc) {
            return secret.equals(s) && date.equals(d) && service.equals(svc);
        }

        @Override
        public String toString() {
            return "DerivedKey{date=" + date + ", service=" + service + "}";
        }
    }
}
