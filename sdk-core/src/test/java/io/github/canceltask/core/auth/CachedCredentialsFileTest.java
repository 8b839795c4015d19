package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.canceltask.core.exception.SdkClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedCredentialsFileTest {
    @TempDir
    Path dir;

    private final AtomicInteger parses = new AtomicInteger();

    /** Parses "id:secret" and counts its calls. */
    private final Function<byte[], Credentials> parser = content -> {
        parses.incrementAndGet();
        String[] parts = new String(content, StandardCharsets.UTF_8).split(":");
        return Credentials.of(parts[0], parts[1]);
    };

    @Test
    void parsesOnceWhileTimeAndSizeStayTheSame() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "id-aaaa:secret");
        CachedCredentialsFile cached = new CachedCredentialsFile(file);
        Credentials first = cached.resolve("k", parser);
        assertSame(first, cached.resolve("k", parser));
        assertEquals(1, parses.get());

        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "id-bbbb:secret");
        Files.setLastModifiedTime(file, before);
        assertEquals("id-aaaa", cached.resolve("k", parser).id(), "same size and time: not read again");
        assertEquals(1, parses.get());

        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
        assertEquals("id-bbbb", cached.resolve("k", parser).id(), "new time: read again");
        assertEquals(2, parses.get());
    }

    @Test
    void readsAgainWhenTheSizeChangesEvenWithTheSameTime() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "id-a:secret");
        CachedCredentialsFile cached = new CachedCredentialsFile(file);
        cached.resolve("k", parser);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "id-longer:secret");
        Files.setLastModifiedTime(file, before);
        assertEquals("id-longer", cached.resolve("k", parser).id());
        assertEquals(2, parses.get());
    }

    @Test
    void anotherKeyParsesAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "id:secret");
        CachedCredentialsFile cached = new CachedCredentialsFile(file);
        cached.resolve("a", parser);
        cached.resolve("b", parser);
        cached.resolve("b", parser);
        assertEquals(2, parses.get());
    }

    @Test
    void aFailedParseIsNotCached() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "id:secret");
        CachedCredentialsFile cached = new CachedCredentialsFile(file);
        Function<byte[], Credentials> failing = content -> {
            parses.incrementAndGet();
            throw cached.fail("bad");
        };
        assertEquals(file + " (bad)", assertThrows(SdkClientException.class,
                () -> cached.resolve("k", failing)).getMessage());
        assertThrows(SdkClientException.class, () -> cached.resolve("k", failing));
        assertEquals(2, parses.get());
        assertEquals("id", cached.resolve("k", parser).id());
    }

    @Test
    void aDeletedFileIsNoLongerAnswered() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "id:secret");
        CachedCredentialsFile cached = new CachedCredentialsFile(file);
        cached.resolve("k", parser);
        Files.delete(file);
        assertEquals(file + " (no such file)",
                assertThrows(SdkClientException.class, () -> cached.resolve("k", parser)).getMessage());
    }

    @Test
    void refusesAFileTooLargeToBeCredentials() throws IOException {
        Path file = Files.write(dir.resolve("f"), new byte[(int) CachedCredentialsFile.MAX_SIZE + 1]);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> new CachedCredentialsFile(file).resolve("k", parser));
        assertEquals(file + " (larger than 1048576 bytes, so not a credentials file)", e.getMessage());
        assertEquals(0, parses.get());
    }
}
