package io.github.canceltask.examples;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few arguments every example program takes: {@code [--live] [--endpoint URL] [TASK [REGION]]}.
 *
 * @param live whether to call the real service
 * @param endpoint the endpoint to call instead of the region's, or null
 * @param positionals the other arguments, in order
 */
public record ExampleArguments(boolean live, URI endpoint, List<String> positionals) {
    /** How to call an example, after its class name. */
    public static final String USAGE = "[--live] [--endpoint URL] [TASK [REGION]]";

    /**
     * @param program the example's class name, for the usage line
     * @param args the program's arguments
     * @param err where to say what is wrong with them
     * @return them, read; empty when they are wrong (the reason and the usage line are then on {@code err})
     */
    public static Optional<ExampleArguments> read(String program, String[] args, PrintStream err) {
        try {
            return Optional.of(parse(args));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: " + program + " " + USAGE);
            return Optional.empty();
        }
    }

    /**
     * @param args the program's arguments
     * @return them, read
     * @throws IllegalArgumentException when an option is unknown or lacks its value
     */
    public static ExampleArguments parse(String... args) {
        boolean live = false;
        URI endpoint = null;
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--live")) {
                live = true;
            } else if (arg.equals("--endpoint")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--endpoint needs a URL");
                }
                endpoint = URI.create(args[++i]);
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                positionals.add(arg);
            }
        }
        return new ExampleArguments(live, endpoint, List.copyOf(positionals));
    }

    /**
     * @param index which positional argument
     * @param fallback the value when it was not given
     * @return the argument, or {@code fallback}
     */
    public String positional(int index, String fallback) {
        return index < positionals.size() ? positionals.get(index) : fallback;
    }
}
