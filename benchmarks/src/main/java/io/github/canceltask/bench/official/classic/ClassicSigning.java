package io.github.canceltask.bench.official.classic;

import com.aliyuncs.auth.HmacSHA1Signer;
import com.aliyuncs.auth.ISignatureComposer;
import com.aliyuncs.auth.RoaSignatureComposer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.http.MethodType;
import java.util.Map;

/**
 * The signing steps of the official classic SDK ({@code aliyun-java-sdk-core} 4.7.3), exactly as
 * {@code RpcAcsRequest.signRequest} / {@code RoaAcsRequest.signRequest} run them for each request:
 * {@code composer.composeStringToSign(...)} then {@code HmacSHA1Signer.signString(...)} (which does
 * {@code Mac.getInstance} + {@code init} on every call), then {@code composer.getAuthorization(...)}.
 */
public final class ClassicSigning {

    private static final ISignatureComposer RPC = RpcSignatureComposer.getComposer();
    private static final ISignatureComposer ROA = RoaSignatureComposer.getComposer();

    private final HmacSHA1Signer signer = new HmacSHA1Signer();

    /** RPC: the value of the {@code Signature} parameter. */
    public String rpcSignature(MethodType method, Map<String, String> params, String secret) {
        String stringToSign = RPC.composeStringToSign(method, null, signer, params, null, null);
        return RPC.getAuthorization(signer, null, signer.signString(stringToSign, secret + "&"));
    }

    public String rpcStringToSign(MethodType method, Map<String, String> params) {
        return RPC.composeStringToSign(method, null, signer, params, null, null);
    }

    /** ROA: the {@code Authorization} header ({@code acs id:signature}). */
    public String roaAuthorization(MethodType method, String path, Map<String, String> query,
                                   Map<String, String> headers, String accessKeyId, String secret) {
        String stringToSign = ROA.composeStringToSign(method, path, signer, query, headers, Map.of());
        return ROA.getAuthorization(signer, accessKeyId, signer.signString(stringToSign, secret));
    }

    public String roaStringToSign(MethodType method, String path, Map<String, String> query,
                                  Map<String, String> headers) {
        return ROA.composeStringToSign(method, path, signer, query, headers, Map.of());
    }
}
