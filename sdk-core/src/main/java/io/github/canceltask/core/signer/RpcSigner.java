package io.github.canceltask.core.signer;

import io.github.canceltask.core.auth.Credentials;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Alibaba Cloud RPC signature version 1.0 (HMAC-SHA1), as the classic SDK computes it:
 * {@code StringToSign = METHOD + "&%2F&" + encode(canonicalizedQuery)}, key {@code secret + "&"}, Base64.
 * Query and form-body parameters are signed alike. Pure functions; thread-safe.
 */
public final class RpcSigner {
    /** The {@code SignatureMethod} parameter value. */
    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    /** The {@code SignatureVersion} parameter value. */
    public static final String SIGNATURE_VERSION = "1.0";

    private RpcSigner() {
    }

    /**
     * Adds the common signing parameters and the signature to an operation's parameters.
     *
     * @param method {@code GET} or {@code POST}
     * @param parameters the operation's parameters ({@code Action}, {@code Version}, {@code Format}, its own fields)
     * @param credentials who signs; a session token is sent and signed as {@code SecurityToken}
     * @param time the signing time, sent as {@code Timestamp}
     * @param nonce a value never used before, sent as {@code SignatureNonce}
     * @return every parameter to send, {@code Signature} included, sorted by name
     */
    public static SortedMap<String, String> sign(String method, Map<String, String> parameters,
                                                 Credentials credentials, Instant time, String nonce) {
        TreeMap<String, String> all = new TreeMap<>(parameters);
        all.put("AccessKeyId", credentials.id());
        all.put("SignatureMethod", SIGNATURE_METHOD);
        all.put("SignatureVersion", SIGNATURE_VERSION);
        all.put("SignatureNonce", nonce);
        all.put("Timestamp", Timestamps.iso8601(time));
        credentials.sessionToken().ifPresent(token -> all.put("SecurityToken", token));
        all.remove("Signature");
        all.put("Signature", signature(method, all, credentials.secret()));
        return all;
    }

    /**
     * @param method {@code GET} or {@code POST}
     * @param parameters every signed parameter; a {@code Signature} entry is ignored
     * @param secret the access key secret
     * @return the Base64 signature
     */
    public static String signature(String method, Map<String, String> parameters, String secret) {
        return Base64.getEncoder().encodeToString(Hmacs.hmacSha1(secret, "&", stringToSignBytes(method, parameters)));
    }

    /**
     * @param method {@code GET} or {@code POST}
     * @param parameters every signed parameter; a {@code Signature} entry is ignored
     * @return the string to sign
     */
    public static String stringToSign(String method, Map<String, String> parameters) {
        return stringToSignBytes(method, parameters).toString();
    }

    /**
     * The canonical query is encoded twice: once as a query, once as a part of the string to sign. Both happen in
     * one pass here, straight into the bytes the MAC reads.
     */
    private static ByteText stringToSignBytes(String method, Map<String, String> parameters) {
        ByteText sts = new ByteText(64 + parameters.size() * 48).ascii(method).ascii("&%2F&");
        boolean first = true;
        for (String name : sortedNames(parameters)) {
            if (name.equals("Signature")) {
                continue;
            }
            if (!first) {
                sts.ascii("%26");
            }
            first = false;
            sts.percentEncoded(name, true).ascii("%3D").percentEncoded(parameters.get(name), true);
        }
        return sts;
    }

    private static Iterable<String> sortedNames(Map<String, String> parameters) {
        if (parameters instanceof SortedMap<String, String> sorted && sorted.comparator() == null) {
            return sorted.keySet();
        }
        String[] names = parameters.keySet().toArray(new String[0]);
        Arrays.sort(names);
        return Arrays.asList(names);
    }
}
