package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.PercentEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks a try's secret and session token, raw and in the percent-encoded forms a string to sign holds them, in text
 * that came from the service. Alibaba's {@code SignatureDoesNotMatch} quotes the string to sign, STS token included.
 */
public final class SecretMasker {
    private static final String MASK = "***";
    private final List<String> secrets = new ArrayList<>(6);

    /** @param credentials the credentials whose secrets to mask */
    public SecretMasker(Credentials credentials) {
        add(credentials.secret());
        credentials.sessionToken().ifPresent(this::add);
    }

    private void add(String secret) {
        String once = PercentEncoder.encode(secret);
        for (String form : List.of(secret, once, PercentEncoder.encode(once))) {
            if (!secrets.contains(form)) {
                secrets.add(form);
            }
        }
    }

    /**
     * @param text text from the service, may be null
     * @return the text with every secret replaced by {@code ***}, everything else kept word for word
     */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
