package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.signer.Tc3Signer;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A Tencent Cloud API 3.0 operation: {@code POST /} with a compact JSON body, the {@code X-TC-*} headers and a
 * TC3-HMAC-SHA256 signature over {@code content-type;host}. The credential scope's service is fixed per operation,
 * never taken from the host, so the signature holds behind an IP address or a proxy name.
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
public final class Tc3Operation<I, O> extends VersionedOperation<I, O> {
    /** Signed, so it must be sent exactly so. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final MediaType JSON = MediaType.get(CONTENT_TYPE);

    private final String service;
    private final Function<I, byte[]> body;
    private final Tc3Signer signer = new Tc3Signer();

    /**
     * @param service the credential scope's service, e.g. {@code dlc}
     * @param action the {@code X-TC-Action}
     * @param version the {@code X-TC-Version}
     * @param body the JSON body bytes for an input
     * @param responseMapper the {@code Response} object to the typed response
     */
    public Tc3Operation(String service, String action, String version, Function<I, byte[]> body,
                        ResponseMapper<O> responseMapper) {
        super(action, version, responseMapper);
        this.service = service;
        this.body = body;
    }

    @Override
    public Request toHttpRequest(I input, SigningContext context) {
        byte[] bytes = body.apply(input);
        long timestamp = context.time().getEpochSecond();
        String host = context.hostHeader();
        Request.Builder request = new Request.Builder()
                .url(context.endpoint().newBuilder().encodedPath("/").build())
                .header("Authorization", signer.authorization(context.credentials(), service, host, CONTENT_TYPE,
                        bytes, timestamp))
                .header("Host", host)
                .header("User-Agent", context.userAgent())
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Region", context.region())
                .header("X-TC-RequestClient", "canceltask-sdk-java")
                .post(RequestBody.create(bytes, JSON));
        context.credentials().sessionToken().ifPresent(token -> request.header("X-TC-Token", token));
        return request.build();
    }
}
