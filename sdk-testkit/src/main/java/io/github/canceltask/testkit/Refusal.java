package io.github.canceltask.testkit;

/**
 * A check failed: the vendor's error status, code and message, thrown from deep in a check and turned into the
 * vendor's error body by the {@link Api}. No stack trace: it is an answer, not a bug.
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    Refusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }
}
