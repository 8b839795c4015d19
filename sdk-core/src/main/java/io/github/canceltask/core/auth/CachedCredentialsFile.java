package io.github.canceltask.core.auth;

import io.github.canceltask.core.exception.SdkClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * A credentials file read again only when its last-modified time or its size changes. Package-private.
 *
 * <p>Thread-safe without locks: the parsed result sits in one volatile field. Two threads that find the file
 * changed at the same moment may both parse it; both get the same answer and the last write wins. The attributes
 * are read before the content, so a file changed in between is at worst read once more on the next call. An edit
 * that keeps both the size and the time stamp (within the file system's time resolution) is not seen.
 */
final class CachedCredentialsFile {
    /** Far above any real credentials file; a bigger one is not one. */
    static final long MAX_SIZE = 1024 * 1024;

    private final Path file;
    private volatile Entry entry;

    private record Entry(FileTime modified, long size, String key, Credentials credentials) {
    }

    CachedCredentialsFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    Path file() {
        return file;
    }

    /**
     * @param key what the credentials were chosen by (e.g. the profile name); a different key reads the file again
     * @param parser turns the file's bytes into credentials, or throws {@link SdkClientException} (see {@link #fail})
     * @return the credentials of the file as it is now
     * @throws SdkClientException when the file is missing, unreadable, too large, or the parser rejects it
     */
    Credentials resolve(String key, Function<byte[], Credentials> parser) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw fail("no such file");
        } catch (IOException e) {
            throw unreadable(e);
        }
        Entry cached = entry;
        if (cached != null
                && cached.size == attributes.size()
                && cached.modified.equals(attributes.lastModifiedTime())
                && cached.key.equals(key)) {
            return cached.credentials;
        }
        if (!attributes.isRegularFile()) {
            throw fail("not a regular file");
        }
        if (attributes.size() > MAX_SIZE) {
            throw fail("larger than " + MAX_SIZE + " bytes, so not a credentials file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail("no such file");
        } catch (IOException e) {
            throw unreadable(e);
        }
        Credentials credentials = parser.apply(content);
        entry = new Entry(attributes.lastModifiedTime(), attributes.size(), key, credentials);
        return credentials;
    }

    /**
     * @param reason what is wrong with the file
     * @return an exception naming the file and the reason, in the form a chain lists
     */
    SdkClientException fail(String reason) {
        return CredentialValues.notFound(file, reason);
    }

    private SdkClientException unreadable(IOException e) {
        // The message of an IOException from the file system names the path, never the content.
        return new SdkClientException(file + " (cannot be read: " + e.getClass().getSimpleName() + ")", e);
    }
}
