package io.github.canceltask.examples.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The CLI's arguments, read but not yet checked against a service: the service's name, options with values
 * ({@code --task-id t-1} or {@code --task-id=t-1}) and flags.
 */
final class CommandLine {
    static final String REGION = "--region";
    static final String TASK_ID = "--task-id";
    static final String TASK_NO = "--task-no";
    static final String USER_CLIENT_IP = "--user-client-ip";
    static final String LANG = "--lang";
    static final String INSTANCE_ID = "--instance-id";
    static final String CLIENT_TOKEN = "--client-token";
    static final String ENDPOINT = "--endpoint";

    static final String ASYNC = "--async";
    static final String JSON = "--json";
    static final String LIVE = "--live";

    private static final Set<String> VALUE_OPTIONS =
            Set.of(REGION, TASK_ID, TASK_NO, USER_CLIENT_IP, LANG, INSTANCE_ID, CLIENT_TOKEN, ENDPOINT);
    private static final Set<String> FLAGS = Set.of(ASYNC, JSON, LIVE);

    private final String service;
    private final Map<String, String> values;
    private final Set<String> flags;

    private CommandLine(String service, Map<String, String> values, Set<String> flags) {
        this.service = service;
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param args the arguments after the program's name; help is handled before
     * @return them, read
     * @throws UsageException when an option is unknown, lacks its value, has one it should not, or comes twice, or
     *     when there is more than one service name
     */
    static CommandLine parse(String[] args) throws UsageException {
        String service = null;
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                if (service != null) {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
                service = arg;
                continue;
            }
            int equals = arg.indexOf('=');
            String option = equals < 0 ? arg : arg.substring(0, equals);
            if (FLAGS.contains(option)) {
                if (equals >= 0) {
                    throw new UsageException(option + " takes no value");
                }
                flags.add(option);
            } else if (VALUE_OPTIONS.contains(option)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException(option + " needs a value");
                }
                if (values.putIfAbsent(option, value) != null) {
                    throw new UsageException(option + " is given twice");
                }
            } else {
                throw new UsageException("unknown option " + option);
            }
        }
        return new CommandLine(service, Map.copyOf(values), Set.copyOf(flags));
    }

    /** @return the service's name as given, or null when none was */
    String service() {
        return service;
    }

    /** @return the options given with a value */
    Set<String> valueOptions() {
        return values.keySet();
    }

    /**
     * @param option e.g. {@link #TASK_ID}
     * @return its value, or null when it was not given
     */
    String value(String option) {
        return values.get(option);
    }

    /**
     * @param flag e.g. {@link #JSON}
     * @return whether it was given
     */
    boolean has(String flag) {
        return flags.contains(flag);
    }
}
