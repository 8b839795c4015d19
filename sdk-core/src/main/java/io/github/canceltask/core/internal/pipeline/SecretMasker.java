package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.PercentEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks a try's secret and session token, raw and in the percent-encoded forms a string to sign holds them, in text
 * that came from the service. Alibaba's {@code SignatureDoesNotMatch} quotes the string to sign, STS token included.
 * Belongs to one try, used by one thread at a time.
 */
public final class SecretMasker {
    private static final String MASK = "***";
    private final Credentials credentials;
    private List<String> secrets;

    /**
     * @param credentials the credentials whose secrets to mask; their encoded forms are worked out only when text is
     *     masked, which a successful call never needs
     */
    public SecretMasker(Credentials credentials) {
        this.credentials = credentials;
    }

    private List<String> secrets() {
        if (secrets == null) {
            List<String> forms = new ArrayList<>(6);
            addForms(credentials.secret(), forms);
            credentials.sessionToken().ifPresent(token -> addForms(token, forms));
            secrets = forms;
        }
        return secrets;
    }

    private static void addForms(String secret, List<String> forms) {
        String once = PercentEncoder.encode(secret);
        for (String form : List.of(secret, once, PercentEncoder.encode(once))) {
            if (!forms.contains(form)) {
                forms.add(form);
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
        for (String secret : secrets()) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
