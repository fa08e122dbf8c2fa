package org.anquan.platform.audit.control;

import org.anquan.platform.audit.entity.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a record's fields and its predecessor's hash, each field length-prefixed so none can bleed into the next. */
public final class AuditChain {

    /** The previous hash of the very first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, AuditEntry entry, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, Long.toString(seq));
        field(canonical, entry.occurredAt().toString());
        field(canonical, entry.actorId() == null ? null : entry.actorId().toString());
        field(canonical, entry.actor());
        field(canonical, entry.action());
        field(canonical, entry.targetType());
        field(canonical, entry.targetId());
        field(canonical, entry.outcome().name());
        field(canonical, entry.sourceAddress());
        field(canonical, entry.detail());
        field(canonical, previousHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }
}
