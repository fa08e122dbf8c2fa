package org.anquan.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Keys of a development or test stack: random, made on first use and kept (for ./anquan run) in a file of the
 * data folder that only its owner can read. Production keys come from the operator's configuration.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes, base64: an AES-256 or HMAC-SHA256 key. */
    public static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The named key from the file, created with a random value the first time. */
    public static String kept(Path file, String name) {
        Properties keys = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    keys.load(reader);
                }
            }
            if (!keys.containsKey(name)) {
                keys.setProperty(name, randomKey());
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                try (Writer writer = Files.newBufferedWriter(file)) {
                    keys.store(writer, "Keys of this development stack; do not copy them to production");
                }
            }
            return keys.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }
}
