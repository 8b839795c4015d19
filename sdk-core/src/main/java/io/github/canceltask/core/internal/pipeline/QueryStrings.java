package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.signer.PercentEncoder;
import java.util.Map;

/** Query strings as Alibaba Cloud reads them: RFC 3986 percent-encoding of every name and value. */
final class QueryStrings {
    private QueryStrings() {
    }

    /**
     * @param parameters the parameters, in the order to send
     * @return {@code name=value} pairs joined with {@code &}; empty for no parameters
     */
    static String encode(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder(512);
        parameters.forEach((name, value) -> {
            if (query.length() > 0) {
                query.append('&');
            }
            PercentEncoder.encode(name, query);
            query.append('=');
            PercentEncoder.encode(value, query);
        });
        return query.toString();
    }
}
