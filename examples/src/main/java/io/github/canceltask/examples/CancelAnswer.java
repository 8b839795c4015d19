package io.github.canceltask.examples;

/**
 * What a successful CancelTask call answered.
 *
 * @param requestId the request id of the answer
 * @param canceled false only when Elasticsearch answers {@code Result: false} (the task had already ended); the other
 *     services answer an error instead
 */
public record CancelAnswer(String requestId, boolean canceled) {
}
