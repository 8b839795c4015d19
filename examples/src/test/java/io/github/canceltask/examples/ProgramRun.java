package io.github.canceltask.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One in-process run of a program with {@code run(args, out, err, environment)}: its exit status and what it printed.
 *
 * @param status the exit status
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
public record ProgramRun(int status, String out, String err) {
    /** A program's testable entry point. */
    @FunctionalInterface
    public interface Program {
        /**
         * @param args the command line
         * @param out stdout
         * @param err stderr
         * @param environment the environment variables
         * @return the exit status
         */
        int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment);
    }

    /**
     * @param program the program
     * @param environment its environment
     * @param args its command line
     * @return how it ran
     */
    public static ProgramRun of(Program program, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = program.run(args, outStream, errStream, environment);
        }
        return new ProgramRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * @param home an empty directory to use as the home directory, so that no real CLI credential file is read
     * @return an environment with no credentials at all
     */
    public static Map<String, String> noCredentials(Path home) {
        return Map.of("HOME", home.toString());
    }

    /**
     * @param home an empty directory to use as the home directory
     * @param vendor whose variables to set
     * @param cloud the LocalCloud whose key pair to put there
     * @return an environment holding the LocalCloud's key pair in the vendor's variables
     */
    public static Map<String, String> credentialsOf(Path home, Vendor vendor, LocalCloud cloud) {
        Credentials credentials = cloud.credentials().resolveCredentials();
        Map<String, String> environment = new HashMap<>(noCredentials(home));
        if (vendor == Vendor.ALIBABA) {
            environment.put("ALIBABA_CLOUD_ACCESS_KEY_ID", credentials.id());
            environment.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", credentials.secret());
        } else {
            environment.put("TENCENTCLOUD_SECRET_ID", credentials.id());
            environment.put("TENCENTCLOUD_SECRET_KEY", credentials.secret());
        }
        return environment;
    }

    /**
     * @param text what was printed
     * @param pattern a pattern with one group
     * @return the group's text at the first match
     */
    public static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertTrue(matcher.find(), () -> "no match for " + pattern + " in:\n" + text);
        return matcher.group(1);
    }
}
