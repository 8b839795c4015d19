package io.github.canceltask.testkit;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * One emulated API: how a request is checked and served, and the vendor's shape for its answers. A check that fails
 * throws a {@link Refusal}; {@link #answer} turns it into the vendor's error body.
 */
abstract class Api {
    final RecordedCall.Service service;
    final Clock clock;
    final Accounts accounts;

    Api(RecordedCall.Service service, Clock clock, Accounts accounts) {
        this.service = service;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** @return the action the request asks for, null when it names none */
    abstract String action(IncomingRequest request);

    /**
     * Verifies the request as the real service does and serves it.
     *
     * @throws Refusal for any check that fails
     */
    abstract Answer serve(IncomingRequest request);

    /** @return the vendor's error answer */
    abstract Answer error(int status, String code, String message, IncomingRequest request);

    /** @return the vendor's answer to a throttled request */
    abstract Answer throttled(IncomingRequest request);

    /** @return the vendor's answer with a 5xx status */
    abstract Answer serverError(int status, IncomingRequest request);

    /** @return the request's answer: served, or refused in the vendor's shape */
    final Answer answer(IncomingRequest request) {
        try {
            return serve(request);
        } catch (Refusal refusal) {
            return error(refusal.status, refusal.code, refusal.getMessage(), request);
        }
    }

    /** @return a fresh request id, upper-case as Alibaba Cloud writes them */
    static String alibabaRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** @return a fresh request id, lower-case as Tencent Cloud writes them */
    static String tencentRequestId() {
        return UUID.randomUUID().toString();
    }
}
