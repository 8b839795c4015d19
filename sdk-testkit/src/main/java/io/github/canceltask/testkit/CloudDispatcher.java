package io.github.canceltask.testkit;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * Routes each request on the one port to its API, applies the next queued fault, answers, and records the call
 * before the answer leaves (so a test that got its answer always finds the call in {@link #calls()}).
 *
 * <p>Routing: a request with {@code X-TC-Action} is DLC's; a path {@code /openapi/instances/{id}/actions/cancel-task}
 * is Elasticsearch's; {@code /} with the RPC parameter {@code Version} 2014-05-26 is ECS's and 2018-01-29 Domain's.
 */
final class CloudDispatcher extends Dispatcher {
    private static final System.Logger LOG = System.getLogger(LocalCloud.class.getName());
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final EcsApi ecs;
    private final DomainApi domain;
    private final ElasticsearchApi elasticsearch;
    private final DlcApi dlc;
    private final UnroutableApi unroutable;
    private final Faults faults = new Faults();
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();

    CloudDispatcher(Clock clock, EcsApi ecs, DomainApi domain, ElasticsearchApi elasticsearch, DlcApi dlc,
                    UnroutableApi unroutable) {
        this.clock = clock;
        this.ecs = ecs;
        this.domain = domain;
        this.elasticsearch = elasticsearch;
        this.dlc = dlc;
        this.unroutable = unroutable;
    }

    Faults faults() {
        return faults;
    }

    List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    void clearCalls() {
        calls.clear();
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
        IncomingRequest request = IncomingRequest.of(recorded);
        Api api = route(request);
        Faults.Fault fault = faults.next();
        Faults.Kind kind = fault == null ? null : fault.kind();
        if (kind == Faults.Kind.DROP) {
            record(request, api, null, false);
            return closeConnection();
        }
        Answer answer;
        try {
            answer = answer(api, request, fault);
        } catch (RuntimeException bug) {
            LOG.log(Level.ERROR, "LocalCloud failed to serve " + recorded.getRequestLine(), bug);
            answer = api.serverError(500, request);
        }
        if (kind == Faults.Kind.LOSE_ANSWER) {
            record(request, api, answer, false);
            return closeConnection();
        }
        record(request, api, answer, true);
        MockResponse.Builder response = new MockResponse.Builder()
                .code(answer.status())
                .setHeader("Date", HTTP_DATE.format(clock.instant()))
                .setHeader("Content-Type", answer.contentType())
                .body(answer.body());
        answer.headers().forEach(response::setHeader);
        if (kind == Faults.Kind.DELAY) {
            response.headersDelay(fault.delay().toNanos(), TimeUnit.NANOSECONDS);
        }
        return response.build();
    }

    private static Answer answer(Api api, IncomingRequest request, Faults.Fault fault) {
        if (fault == null) {
            return api.answer(request);
        }
        return switch (fault.kind()) {
            case THROTTLE -> api.throttled(request);
            case SERVER_ERROR -> {
                Answer failure = api.serverError(fault.status(), request);
                yield fault.retryAfterSeconds() < 0 ? failure
                        : failure.withHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
            }
            case DELAY, LOSE_ANSWER, DROP -> api.answer(request);
        };
    }

    private Api route(IncomingRequest request) {
        if (request.header("X-TC-Action") != null) {
            return dlc;
        }
        if (ElasticsearchApi.PATH.matcher(request.rawPath).matches()) {
            return elasticsearch;
        }
        if (request.rawPath.equals("/")) {
            String version = request.parameters.get("Version");
            if (EcsApi.VERSION.equals(version)) {
                return ecs;
            }
            if (DomainApi.VERSION.equals(version)) {
                return domain;
            }
        }
        return unroutable;
    }

    private void record(IncomingRequest request, Api api, Answer answer, boolean answered) {
        calls.add(new RecordedCall(api.service, api.action(request), request.method, request.rawPath, request.query,
                request.headerMap(), request.bodyText(), answer == null ? 0 : answer.status(),
                answer == null ? null : answer.errorCode(), answer == null ? null : answer.requestId(), answered));
    }

    /** Reads the request, then closes the socket instead of writing an answer. */
    private static MockResponse closeConnection() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
}
