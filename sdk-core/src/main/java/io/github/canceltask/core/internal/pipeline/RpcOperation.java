package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.signer.Acs3Signer;
import io.github.canceltask.core.signer.PercentEncoder;
import io.github.canceltask.core.signer.RpcSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * An Alibaba Cloud RPC operation, sent as the official SDK sends it: {@code POST /} with every parameter (the
 * signature included) in the query, an empty form body, and {@code Format=JSON}. {@code RegionId} is the client's
 * region unless the operation's parameters carry their own. With V3 signing, {@code Action} and {@code Version}
 * travel as {@code x-acs-*} headers and only the operation's parameters stay in the query.
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
public final class RpcOperation<I, O> extends VersionedOperation<I, O> {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final byte[] EMPTY = new byte[0];

    private final Function<I, Map<String, String>> parameters;

    /**
     * @param action the {@code Action}
     * @param version the API {@code Version}
     * @param parameters the operation's own parameters for an input; null values are left out
     * @param responseMapper the success payload to the typed response
     */
    public RpcOperation(String action, String version, Function<I, Map<String, String>> parameters,
                        ResponseMapper<O> responseMapper) {
        super(action, version, responseMapper);
        this.parameters = parameters;
    }

    @Override
    public Request toHttpRequest(I input, SigningContext context) {
        Map<String, String> params = new LinkedHashMap<>();
        if (context.acs3Algorithm() == null) {
            params.put("Action", action);
            params.put("Version", version);
            params.put("Format", "JSON");
        }
        params.put("RegionId", context.region());
        forEachSet(parameters.apply(input), params::put);
        Request.Builder request = new Request.Builder()
                .header("Accept", "application/json")
                .header("User-Agent", context.userAgent())
                .header("x-acs-action", action)
                .header("x-acs-version", version)
                .post(RequestBody.create(EMPTY, FORM));
        Map<String, String> query;
        if (context.acs3Algorithm() == null) {
            query = RpcSigner.sign("POST", params, context.credentials(), context.time(), context.nonce());
        } else {
            query = new TreeMap<>(params);
            Acs3Signer.sign(context.acs3Algorithm(), "POST", "/", query, Map.of(
                            "host", context.hostHeader(),
                            "x-acs-action", action,
                            "x-acs-version", version),
                    EMPTY, context.credentials(), context.time(), context.nonce()).forEach(request::header);
        }
        return request.url(context.endpoint().newBuilder().encodedPath("/")
                .encodedQuery(QueryStrings.encode(query)).build()).build();
    }
}
