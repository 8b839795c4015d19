package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final String TOKEN = "TOKEN-CANARY-91bd";

    @Test
    void accessorsAnswerWhatWasGiven() {
        Credentials c = Credentials.of("AKID1", SECRET, TOKEN);
        assertEquals("AKID1", c.id());
        assertEquals(SECRET, c.secret());
        assertEquals(Optional.of(TOKEN), c.sessionToken());
        assertEquals(Optional.empty(), Credentials.of("AKID1", SECRET).sessionToken());
    }

    @Test
    void emptyOrNullTokenMeansNone() {
        assertEquals(Optional.empty(), Credentials.of("AKID1", SECRET, "").sessionToken());
        assertEquals(Optional.empty(), Credentials.of("AKID1", SECRET, null).sessionToken());
        assertEquals(Credentials.of("AKID1", SECRET), Credentials.of("AKID1", SECRET, ""));
    }

    @Test
    void valueEqualityAndHashCode() {
        Credentials a = Credentials.of("AKID1", SECRET, TOKEN);
        Credentials b = Credentials.of("AKID1", SECRET, TOKEN);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Credentials.of("AKID2", SECRET, TOKEN));
        assertNotEquals(a, Credentials.of("AKID1", SECRET + "x", TOKEN));
        assertNotEquals(a, Credentials.of("AKID1", SECRET, TOKEN + "x"));
        assertNotEquals(a, Credentials.of("AKID1", SECRET));
        assertNotEquals(a, null);
        assertNotEquals(a, (Object) "AKID1");
    }

    @Test
    void toStringShowsTheIdButNeitherSecretNorToken() {
        String text = Credentials.of("AKID1", SECRET, TOKEN).toString();
        assertTrue(text.contains("AKID1"), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
        assertTrue(text.contains("sessionToken=***"), text);
        assertFalse(Credentials.of("AKID1", SECRET).toString().contains("sessionToken"));
    }

    @Test
    void blankIdOrSecretIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Credentials.of(null, SECRET));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of(" ", SECRET));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("AKID1", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Credentials.of("AKID1", null, TOKEN));
        assertTrue(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void staticProviderAnswersTheSameCredentialsAndHidesTheSecret() {
        Credentials c = Credentials.of("AKID1", SECRET, TOKEN);
        StaticCredentialsProvider provider = StaticCredentialsProvider.create(c);
        assertSame(c, provider.resolveCredentials());
        assertEquals(c, StaticCredentialsProvider.of("AKID1", SECRET, TOKEN).resolveCredentials());
        assertEquals(Credentials.of("AKID1", SECRET), StaticCredentialsProvider.of("AKID1", SECRET).resolveCredentials());
        assertFalse(provider.toString().contains(SECRET));
        assertFalse(provider.toString().contains(TOKEN));
        assertThrows(IllegalArgumentException.class, () -> StaticCredentialsProvider.create(null));
    }
}
