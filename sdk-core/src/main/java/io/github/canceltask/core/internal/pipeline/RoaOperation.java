package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.signer.Acs3Signer;
import io.github.canceltask.core.signer.RoaSigner;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * An Alibaba Cloud ROA operation, sent as the official V2 SDK sends it: {@code POST <path>?<query>} with no body,
 * {@code Accept: application/json}, the {@code x-acs-*} headers and {@code Authorization: acs <id>:<signature>}
 * (or the V3 signature when the client asks for it).
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
public final class RoaOperation<I, O> extends VersionedOperation<I, O> {
    private static final byte[] EMPTY = new byte[0];

    private final Function<I, String> path;
    private final Function<I, Map<String, String>> query;

    /**
     * @param action the {@code x-acs-action}
     * @param version the {@code x-acs-version}
     * @param path the request path for an input, each segment already percent-encoded
     * @param query the query parameters for an input, unencoded; null values are left out
     * @param responseMapper the success payload to the typed response
     */
    public RoaOperation(String action, String version, Function<I, String> path,
                        Function<I, Map<String, String>> query, ResponseMapper<O> responseMapper) {
        super(action, version, responseMapper);
        this.path = path;
        this.query = query;
    }

    @Override
    public Request toHttpRequest(I input, SigningContext context) {
        String encodedPath = path.apply(input);
        TreeMap<String, String> params = new TreeMap<>();
        forEachSet(query.apply(input), params::put);
        Map<String, String> headers = context.acs3Algorithm() == null
                ? RoaSigner.sign("POST", encodedPath, params, Map.of(
                        "Accept", "application/json",
                        "x-acs-action", action,
                        "x-acs-version", version),
                context.credentials(), context.time(), context.nonce())
                : Acs3Signer.sign(context.acs3Algorithm(), "POST", encodedPath, params, Map.of(
                        "Accept", "application/json",
                        "host", context.hostHeader(),
                        "x-acs-action", action,
                        "x-acs-version", version),
                EMPTY, context.credentials(), context.time(), context.nonce());
        String encodedQuery = QueryStrings.encode(params);
        Request.Builder request = new Request.Builder()
                .url(context.endpoint().newBuilder().encodedPath(encodedPath)
                        .encodedQuery(encodedQuery.isEmpty() ? null : encodedQuery).build())
                .header("User-Agent", context.userAgent())
                .post(RequestBody.create(EMPTY, null));
        headers.forEach(request::header);
        return request.build();
    }
}
