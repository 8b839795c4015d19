package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.internal.pipeline.Operation;
import io.github.canceltask.core.internal.pipeline.ParsedResponse;
import io.github.canceltask.core.internal.pipeline.ResponseParser;
import io.github.canceltask.core.internal.pipeline.SecretMasker;
import io.github.canceltask.core.internal.pipeline.SigningContext;
import io.github.canceltask.core.internal.retry.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One call's way through the pipeline: sign a try, read its answer, decide whether to try again. The sync and async
 * drivers in {@link ClientRuntime} only move it along. Used by one thread at a time.
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
final class Exchange<I, O> {
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final System.Logger LOG = System.getLogger("io.github.canceltask.sdk");

    private final ClientRuntime runtime;
    private final Operation<I, O> operation;
    private final I input;
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private int attempt;
    private int extraAttempts;
    private boolean answerMayBeLost;
    private boolean skewCorrected;
    private boolean skewLearned;
    private long retryAfterNanos = -1;
    private SecretMasker masker;
    private long attemptStartNanos;
    private String requestLine;

    Exchange(ClientRuntime runtime, Operation<I, O> operation, I input) {
        this.runtime = runtime;
        this.operation = operation;
        this.input = input;
        this.deadlineNanos = startNanos + runtime.configuration().callTimeout().toNanos();
    }

    /** @return nanoseconds left before the call's deadline */
    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /** Signs the next try afresh: new credentials lookup, time and nonce. */
    Request nextRequest() {
        attempt++;
        retryAfterNanos = -1;
        skewLearned = false;
        ClientConfiguration config = runtime.configuration();
        Credentials credentials = config.credentialsProvider().resolveCredentials();
        if (credentials == null) {
            throw new SdkClientException("The credentials provider returned no credentials");
        }
        masker = new SecretMasker(credentials);
        SigningContext context = new SigningContext(config.endpoint(), config.region(), credentials,
                runtime.clockSkew().now(), Nonces.next(), config.userAgent(),
                config.acs3Algorithm());
        Request request = operation.toHttpRequest(input, context);
        requestLine = request.method() + " " + request.url().scheme() + "://" + request.url().host() + ":"
                + request.url().port() + request.url().encodedPath();
        attemptStartNanos = System.nanoTime();
        return request;
    }

    /**
     * Reads one answer.
     *
     * @return the typed response
     * @throws IOException when the body could not be read to its end
     */
    O onResponse(Response response) throws IOException {
        byte[] body = readBody(response.body());
        if (body.length > MAX_BODY_BYTES && response.isSuccessful()) {
            throw ResponseParser.unreadable(response.code(), body, masker,
                    "a body larger than " + MAX_BODY_BYTES + " bytes, which no CancelTask answer is");
        }
        ParsedResponse parsed;
        try {
            parsed = runtime.service().responseParser().parse(response.code(), body, masker);
        } catch (ServiceException e) {
            log(response.code(), e.requestId(), e.errorCode());
            onServiceError(e, response);
            throw e;
        }
        log(response.code(), parsed.requestId(), null);
        return operation.toResponse(parsed.payload(), parsed.requestId());
    }

    private void onServiceError(ServiceException e, Response response) {
        long now = System.nanoTime();
        if (runtime.service().responseParser().isThrottling(e)) {
            runtime.rateLimiter().onThrottled(now);
        }
        if (runtime.service().responseParser().isClockSkew(e) && !skewCorrected) {
            skewLearned = runtime.clockSkew().learn(response.header("Date"));
        }
        retryAfterNanos = RetryAfter.nanos(response.header("Retry-After"), runtime.configuration().clock());
    }

    /** @return the failure to decide on for an I/O error of this try */
    SdkClientException onIOException(IOException e) {
        boolean sent = !(e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException
                || e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect"));
        answerMayBeLost |= sent;
        String what = e instanceof InterruptedIOException && remainingNanos() <= 0
                ? "timed out (callTimeout " + runtime.configuration().callTimeout() + ")"
                : "failed: " + e;
        log(-1, null, e.getClass().getSimpleName());
        return new TransportException(operation.name() + " to " + runtime.configuration().endpoint().host()
                + " " + what, e);
    }

    /**
     * @param failure this try's failure
     * @return the wait before the next try in nanoseconds, or -1 when this failure is final
     */
    long delayBeforeRetry(RuntimeException failure) {
        if (failure instanceof ServiceException se) {
            if (runtime.service().responseParser().isClockSkew(se) && skewLearned && !skewCorrected) {
                skewCorrected = true;
                extraAttempts++;
                return remainingNanos() > 0 ? 0 : -1;
            }
            if (!se.retryable()) {
                return -1;
            }
        } else if (!(failure instanceof TransportException)) {
            return -1;
        }
        if (attempt >= runtime.configuration().retryPolicy().maxAttempts() + extraAttempts) {
            return -1;
        }
        long delay = retryAfterNanos >= 0 ? retryAfterNanos
                : runtime.configuration().retryPolicy().backoffNanos(attempt, ThreadLocalRandom.current().nextDouble());
        return delay < remainingNanos() ? delay : -1;
    }

    /** @return the exception the caller gets, telling how many tries were made and whether one may have landed */
    RuntimeException finalFailure(RuntimeException failure) {
        if (failure instanceof ServiceException se) {
            boolean earlier = answerMayBeLost;
            return attempt == 1 && !earlier ? se
                    : se.toBuilder().attempts(attempt).earlierAttemptMayHaveSucceeded(earlier).build();
        }
        if (failure instanceof TransportException) {
            StringBuilder message = new StringBuilder(failure.getMessage());
            if (attempt > 1) {
                message.append(" (after ").append(attempt).append(" tries)");
            }
            if (answerMayBeLost) {
                message.append("; the request may have reached the service and taken effect before its answer was"
                        + " lost: check the task's state before acting on this error");
            }
            return new SdkClientException(message.toString(), failure.getCause());
        }
        return failure;
    }

    /** @return the exception for a call whose deadline passed before a try could be sent */
    SdkClientException deadlineExceeded() {
        return new SdkClientException(operation.name() + " timed out (callTimeout "
                + runtime.configuration().callTimeout() + ") after " + attempt + " tries");
    }

    /**
     * @return the body, or its first {@code MAX_BODY_BYTES + 1} bytes when it is longer: an oversized error page
     *     (a proxy's, say) is still an error answer with a status worth deciding on
     */
    private static byte[] readBody(ResponseBody body) throws IOException {
        // Read through OkHttp's own buffer: an InputStream copy would allocate an 8 KB chunk per call for a
        // 50-byte answer.
        try (BufferedSource source = body.source()) {
            return source.request(MAX_BODY_BYTES + 1) ? source.readByteArray(MAX_BODY_BYTES + 1)
                    : source.readByteArray();
        }
    }

    private void log(int status, String requestId, String error) {
        if (!LOG.isLoggable(Level.DEBUG)) {
            return;
        }
        long millis = (System.nanoTime() - attemptStartNanos) / 1_000_000;
        LOG.log(Level.DEBUG, operation.name() + " " + requestLine + " -> "
                + (status < 0 ? "no answer" : Integer.toString(status))
                + (requestId == null ? "" : " request id " + requestId)
                + (error == null ? "" : " error " + error)
                + " in " + millis + " ms (try " + attempt + ")");
    }

    /** An I/O failure of one try; retryable, and never seen by users (see {@link #finalFailure}). */
    static final class TransportException extends SdkClientException {
        private static final long serialVersionUID = 1L;

        TransportException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
