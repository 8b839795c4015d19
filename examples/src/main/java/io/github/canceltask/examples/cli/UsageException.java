package io.github.canceltask.examples.cli;

/** The command line is wrong; the message says how, in words for the user. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
