package io.github.canceltask.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A received request as the checks need it: the raw path (signatures cover it as sent), the query and form
 * parameters decoded as a server decodes them ({@code +} is a space, {@code %7E} and a raw {@code *} are what they
 * say), the headers and the body bytes.
 */
final class IncomingRequest {
    final String method;
    final String rawPath;
    final String rawQuery;
    final Map<String, String> query;
    final Map<String, String> form;
    /** The RPC parameters: form-body parameters, then the query's (which win on a clash). */
    final Map<String, String> parameters;
    final Headers headers;
    final byte[] body;

    private IncomingRequest(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        this.query = decodePairs(rawQuery);
        this.headers = headers;
        this.body = body;
        String contentType = headers.get("Content-Type");
        this.form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                ? decodePairs(new String(body, StandardCharsets.UTF_8)) : Map.of();
        Map<String, String> all = new TreeMap<>(form);
        all.putAll(query);
        this.parameters = Collections.unmodifiableMap(all);
    }

    static IncomingRequest of(RecordedRequest request) {
        String target = request.getTarget();
        if (!target.startsWith("/")) {
            // An absolute-form target (a proxy-style request): fall back to the parsed URL.
            target = request.getUrl().encodedPath()
                    + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery());
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        return new IncomingRequest(request.getMethod(), path, query, request.getHeaders(), body);
    }

    /** @return the header's first value, or null */
    String header(String name) {
        return headers.get(name);
    }

    /** @return every header, names as received, each with its values in order */
    Map<String, List<String>> headerMap() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String name : headers.names()) {
            all.put(name, headers.values(name));
        }
        return all;
    }

    /** @return the body as UTF-8 text */
    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Decodes one path segment: percent escapes only, a {@code +} stays a plus. A malformed escape is kept as is,
     * so the id simply matches no task.
     */
    static String decodePathSegment(String segment) {
        return decode(segment.replace("+", "%2B"));
    }

    private static Map<String, String> decodePairs(String encoded) {
        if (encoded.isEmpty()) {
            return Map.of();
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(pairs);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
