package io.github.canceltask.bench.support;

/** The constants every benchmark shares, so both sides of a comparison send the same request. */
public final class Fixtures {

    public static final String ACCESS_KEY_ID = "LTAI5tBenchmarkAccessKey";
    public static final String ACCESS_KEY_SECRET = "BenchmarkAccessKeySecret0123456789";
    public static final String TENCENT_SECRET_ID = "AKIDBenchmarkSecretId00000000000000";
    public static final String TENCENT_SECRET_KEY = "BenchmarkSecretKey000000000000000";

    public static final String ALIBABA_REGION = "cn-hangzhou";
    public static final String TENCENT_REGION = "ap-guangzhou";

    public static final String ECS_TASK_ID = "t-bp198jigq7l0h5ac";
    public static final String DOMAIN_TASK_NO = "c3f2b7a1-0d4e-4b8a-9f21-6e5d4c3b2a10";
    public static final String ES_INSTANCE_ID = "es-cn-abc123";
    public static final String ES_TASK_TYPE = "MigrateData";
    public static final String DLC_TASK_ID = "2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b";

    /** Fixed signing inputs (a real client draws a new nonce and reads the clock for every request). */
    public static final String RPC_TIMESTAMP = "2024-05-01T08:00:00Z";
    public static final String RPC_NONCE = "43a01e466ea5fdd5868deee2b4f21e9a";
    public static final String ROA_DATE = "Wed, 01 May 2024 08:00:00 GMT";
    public static final String ROA_NONCE = "c0ffee00-0000-4000-8000-000000000003";
    public static final String ROA_CLIENT_TOKEN = "6d2b0c54-5c9f-4b61-9b3e-0c1d9e8f7a65";
    public static final long TC3_TIMESTAMP = 1714550400L; // 2024-05-01T08:00:00Z
    public static final String DLC_CONTENT_TYPE = "application/json; charset=utf-8";
    public static final String DLC_HOST = "dlc.tencentcloudapi.com";
    public static final String DLC_BODY = "{\"TaskId\":\"" + DLC_TASK_ID + "\"}";

    private Fixtures() {
    }
}
