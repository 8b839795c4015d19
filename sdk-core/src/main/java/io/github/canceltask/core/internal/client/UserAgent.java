package io.github.canceltask.core.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code canceltask-sdk-java/<version> Java/<java.version> <os.name>/<os.arch>}, plus the user's suffix. */
final class UserAgent {
    static final String VERSION = readVersion();
    private static final String BASE = "canceltask-sdk-java/" + VERSION
            + " Java/" + System.getProperty("java.version")
            + " " + System.getProperty("os.name").replace(' ', '_') + "/" + System.getProperty("os.arch");

    private UserAgent() {
    }

    static String of(String suffix) {
        return suffix == null || suffix.isEmpty() ? BASE : BASE + " " + suffix;
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/canceltask/core/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
