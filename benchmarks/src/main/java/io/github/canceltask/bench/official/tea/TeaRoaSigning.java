package io.github.canceltask.bench.official.tea;

import com.aliyun.tea.TeaRequest;
import io.github.canceltask.bench.support.Fixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The ROA signing step of the official V2 (tea) SDK, exactly as {@code com.aliyun.teaopenapi.Client.doROARequest}
 * (tea-openapi 0.2.8) runs it for each request: {@code openapiutil.Client.getStringToSign(request)} and
 * {@code "acs " + id + ":" + openapiutil.Client.getROASignature(stringToSign, secret)}, over the request that
 * {@code doROARequest} builds for ES CancelTask (same headers, fixed date and nonce).
 */
public final class TeaRoaSigning implements Callable<String> {

    private final TeaRequest request = new TeaRequest();

    public TeaRoaSigning() {
        request.protocol = "HTTPS";
        request.method = "POST";
        request.pathname = "/openapi/instances/" + Fixtures.ES_INSTANCE_ID + "/actions/cancel-task";
        Map<String, String> headers = new HashMap<>();
        headers.put("date", Fixtures.ROA_DATE);
        headers.put("host", "elasticsearch." + Fixtures.ALIBABA_REGION + ".aliyuncs.com");
        headers.put("accept", "application/json");
        headers.put("x-acs-signature-nonce", Fixtures.ROA_NONCE);
        headers.put("x-acs-signature-method", "HMAC-SHA1");
        headers.put("x-acs-signature-version", "1.0");
        headers.put("x-acs-version", "2017-06-13");
        headers.put("x-acs-action", "CancelTask");
        headers.put("user-agent", "AlibabaCloud (Linux; amd64) Java/17 tea-util/0.2.16 TeaDSL/1");
        request.headers = headers;
        Map<String, String> query = new HashMap<>();
        query.put("taskType", Fixtures.ES_TASK_TYPE);
        query.put("clientToken", Fixtures.ROA_CLIENT_TOKEN);
        request.query = query;
    }

    public String stringToSign() throws Exception {
        return com.aliyun.openapiutil.Client.getStringToSign(request);
    }

    @Override
    public String call() throws Exception {
        String stringToSign = com.aliyun.openapiutil.Client.getStringToSign(request);
        return "acs " + Fixtures.ACCESS_KEY_ID + ":"
                + com.aliyun.openapiutil.Client.getROASignature(stringToSign, Fixtures.ACCESS_KEY_SECRET);
    }
}
