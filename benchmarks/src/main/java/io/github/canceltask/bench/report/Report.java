package io.github.canceltask.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH JSON results ({@code -rf json}) into the Markdown tables of BENCHMARKS.md: medians of the measurement
 * iterations (all forks pooled), p99 from SampleTime, gc.alloc.rate.norm from {@code -prof gc}, and ratios ours/official.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.canceltask.bench.report.Report signing|calls|alloc|hmac FILE.json...</pre>
 */
public final class Report {

    private static final String[][] SERVICES = {
            {"ecs", "ECS (RPC)", "classic aliyun-java-sdk-ecs"},
            {"domain", "Domain (RPC)", "classic aliyun-java-sdk-domain"},
            {"es", "Elasticsearch (ROA)", "tea elasticsearch20170613"},
            {"dlc", "DLC (TC3)", "tencentcloud-sdk-java"},
    };

    /** benchmark method name (+ params) + mode -> result node. */
    private final Map<String, JsonNode> results = new LinkedHashMap<>();

    private Report(List<File> files) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (File f : files) {
            for (JsonNode r : mapper.readTree(f)) {
                String bench = r.get("benchmark").asText();
                String cls = bench.substring(0, bench.lastIndexOf('.'));
                cls = cls.substring(cls.lastIndexOf('.') + 1);
                String method = bench.substring(bench.lastIndexOf('.') + 1);
                StringBuilder key = new StringBuilder(cls).append('.').append(method);
                JsonNode params = r.get("params");
                if (params != null) {
                    params.fields().forEachRemaining(p -> key.append('[').append(p.getValue().asText()).append(']'));
                }
                key.append('/').append(r.get("mode").asText());
                results.put(key.toString(), r);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Report signing|calls|alloc|hmac FILE.json...");
            System.exit(2);
        }
        List<File> files = new ArrayList<>();
        for (String a : Arrays.copyOfRange(args, 1, args.length)) {
            files.add(new File(a));
        }
        Report r = new Report(files);
        switch (args[0]) {
            case "signing" -> r.signing();
            case "calls" -> r.calls();
            case "alloc" -> r.alloc();
            case "hmac" -> r.hmac();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private JsonNode find(String key) {
        JsonNode n = results.get(key);
        if (n == null) {
            throw new IllegalStateException("no result " + key + " in " + results.keySet());
        }
        return n;
    }

    private boolean has(String key) {
        return results.containsKey(key);
    }

    /** Median of the measurement iterations' scores, all forks pooled. */
    private double median(String key) {
        JsonNode raw = find(key).get("primaryMetric").get("rawData");
        List<Double> v = new ArrayList<>();
        for (JsonNode fork : raw) {
            for (JsonNode it : fork) {
                v.add(it.asDouble());
            }
        }
        return median(v);
    }

    private double secondaryMedian(String key, String metric) {
        JsonNode m = find(key).get("secondaryMetrics").get(metric);
        List<Double> v = new ArrayList<>();
        for (JsonNode fork : m.get("rawData")) {
            for (JsonNode it : fork) {
                v.add(it.asDouble());
            }
        }
        return median(v);
    }

    private double percentile(String key, String p) {
        return find(key).get("primaryMetric").get("scorePercentiles").get(p).asDouble();
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    private static String f0(double d) {
        return String.format(Locale.ROOT, "%,.0f", d);
    }

    private static String f2(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static String mark(boolean ok) {
        return ok ? "yes" : "**no**";
    }

    private void signing() {
        System.out.println("| signature | ours ns/op | official ns/op | bare HMAC ns/op | ours/official (target <= 0.33) "
                + "| ours/bare HMAC (target <= 2) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        String[][] rows = {
                {"RPC HMAC-SHA1 (ECS)", "rpcOurs", "rpcOfficialClassic", "rpcBareHmac", "classic RpcSignatureComposer"},
                {"ROA HMAC-SHA1 (ES)", "roaOurs", "roaOfficialTea", "roaBareHmac", "tea openapiutil"},
                {"ROA HMAC-SHA1 (ES)", "roaOurs", "roaOfficialClassic", "roaBareHmac", "classic RoaSignatureComposer"},
                {"TC3-HMAC-SHA256 (DLC)", "tc3Ours", "tc3Official", "tc3BareHmac", "Tencent AbstractClient"},
        };
        for (String[] r : rows) {
            double ours = median("SigningBenchmark." + r[1] + "/avgt");
            double official = median("SigningBenchmark." + r[2] + "/avgt");
            double bare = median("SigningBenchmark." + r[3] + "/avgt");
            System.out.println("| " + r[0] + " vs " + r[4] + " | " + f0(ours) + " | " + f0(official) + " | " + f0(bare)
                    + " | " + f2(ours / official) + " " + mark(ours / official <= 0.33)
                    + " | " + f2(ours / bare) + " " + mark(ours / bare <= 2) + " |");
        }
        if (has("SigningBenchmark.tc3CryptoFloor/avgt")) {
            double floor = median("SigningBenchmark.tc3CryptoFloor/avgt");
            double ours = median("SigningBenchmark.tc3Ours/avgt");
            System.out.println();
            System.out.println("TC3 crypto floor (SHA-256 of body + SHA-256 of canonical request + 1 HMAC-SHA256, bytes "
                    + "precomputed): " + f0(floor) + " ns/op; ours/crypto floor = " + f2(ours / floor) + ".");
        }
    }

    private void calls() {
        for (String cls : new String[] {"CallSequentialBenchmark", "CallConcurrentBenchmark"}) {
            if (!has(cls + ".ecsOurs/thrpt")) {
                continue;
            }
            boolean seq = cls.startsWith("CallSeq");
            System.out.println();
            System.out.println("**" + (seq ? "1 thread" : "8 threads") + "** (target ours/official throughput >= "
                    + (seq ? "1.0" : "1.5") + ")");
            System.out.println();
            System.out.println("| service | official SDK | ours ops/s | official ops/s | ours/official | "
                    + "ours p99 us | official p99 us | ours/official p99 |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
            for (String[] s : SERVICES) {
                double ours = median(cls + "." + s[0] + "Ours/thrpt") * 1000;
                double official = median(cls + "." + s[0] + "Official/thrpt") * 1000;
                String oursP99 = "-";
                String officialP99 = "-";
                String p99Ratio = "-";
                if (has(cls + "." + s[0] + "Ours/sample") && has(cls + "." + s[0] + "Official/sample")) {
                    double a = percentile(cls + "." + s[0] + "Ours/sample", "99.0") * 1000;
                    double b = percentile(cls + "." + s[0] + "Official/sample", "99.0") * 1000;
                    oursP99 = f0(a);
                    officialP99 = f0(b);
                    p99Ratio = f2(a / b);
                }
                double ratio = ours / official;
                System.out.println("| " + s[1] + " | " + s[2] + " | " + f0(ours) + " | " + f0(official) + " | "
                        + f2(ratio) + " " + mark(ratio >= (seq ? 1.0 : 1.5)) + " | " + oursP99 + " | " + officialP99
                        + " | " + p99Ratio + " |");
            }
        }
    }

    private void alloc() {
        System.out.println("| service | official SDK | ours B/call | official B/call | ours/official (target <= 0.5) |");
        System.out.println("|---|---|---:|---:|---:|");
        for (String[] s : SERVICES) {
            String cls = has("CallSequentialBenchmark." + s[0] + "Ours/thrpt") ? "CallSequentialBenchmark"
                    : "CallConcurrentBenchmark";
            double ours = secondaryMedian(cls + "." + s[0] + "Ours/thrpt", "gc.alloc.rate.norm");
            double official = secondaryMedian(cls + "." + s[0] + "Official/thrpt", "gc.alloc.rate.norm");
            System.out.println("| " + s[1] + " | " + s[2] + " | " + f0(ours) + " | " + f0(official) + " | "
                    + f2(ours / official) + " " + mark(ours / official <= 0.5) + " |");
        }
    }

    private void hmac() {
        System.out.println("| HMAC | input bytes | JCA Mac (kept) ns/op | JCA Mac.getInstance+init per op ns/op "
                + "| BouncyCastle HMac ns/op | BC/JCA |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String algo : new String[] {"Sha1", "Sha256"}) {
            for (String size : new String[] {"128", "512"}) {
                String p = "[" + size + "]/avgt";
                if (!has("HmacProviderBenchmark.jcaHmac" + algo + p)) {
                    continue;
                }
                double jca = median("HmacProviderBenchmark.jcaHmac" + algo + p);
                double fresh = median("HmacProviderBenchmark.jcaHmac" + algo + "Fresh" + p);
                double bc = median("HmacProviderBenchmark.bcHmac" + algo + p);
                System.out.println("| HMAC-" + algo.toUpperCase(Locale.ROOT) + " | " + size + " | " + f0(jca) + " | "
                        + f0(fresh) + " | " + f0(bc) + " | " + f2(bc / jca) + " |");
            }
        }
    }
}
