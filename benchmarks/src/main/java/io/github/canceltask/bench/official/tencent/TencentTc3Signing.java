package io.github.canceltask.bench.official.tencent;

import com.tencentcloudapi.common.AbstractClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.dlc.v20210125.DlcClient;
import io.github.canceltask.bench.support.Fixtures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.Callable;

/**
 * The TC3-HMAC-SHA256 signing step of the official Tencent Cloud SDK 3.1.1000: its own
 * {@code AbstractClient#getAuthorization(HashMap, byte[])} (private; the same code that {@code doRequestWithTC3} inlines
 * for every request: SHA-256 of the body and of the canonical request, a new {@code SimpleDateFormat}, four
 * {@code Sign.hmac256} calls each with {@code Mac.getInstance}, hex), called on a real {@link DlcClient} for host
 * {@code dlc.tencentcloudapi.com} with a fixed {@code X-TC-Timestamp}. Loaded by {@code IsolatedSdk.tencent()}.
 */
public final class TencentTc3Signing implements Callable<String> {

    private final DlcClient client;
    private final MethodHandle getAuthorization;
    private final HashMap<String, String> headers = new HashMap<>();
    private final byte[] body = Fixtures.DLC_BODY.getBytes(StandardCharsets.UTF_8);

    public TencentTc3Signing() throws ReflectiveOperationException {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(Fixtures.DLC_HOST);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        this.client = new DlcClient(new Credential(Fixtures.TENCENT_SECRET_ID, Fixtures.TENCENT_SECRET_KEY),
                Fixtures.TENCENT_REGION, profile);
        Method m = AbstractClient.class.getDeclaredMethod("getAuthorization", HashMap.class, byte[].class);
        m.setAccessible(true);
        this.getAuthorization = MethodHandles.lookup().unreflect(m)
                .asType(MethodType.methodType(String.class, AbstractClient.class, HashMap.class, byte[].class));
        headers.put("Content-Type", Fixtures.DLC_CONTENT_TYPE);
        headers.put("X-TC-Timestamp", String.valueOf(Fixtures.TC3_TIMESTAMP));
    }

    @Override
    public String call() throws Exception {
        try {
            return (String) getAuthorization.invokeExact((AbstractClient) client, headers, body);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
