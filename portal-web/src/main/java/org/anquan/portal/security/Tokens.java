package org.anquan.portal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Short-lived bearer tokens for API clients, in the MicroProfile JWT shape ({@code upn}, {@code groups}), signed
 * with HMAC-SHA256 under {@code anquan.jwt.key} (base64, 32 bytes; the same on every instance, never in the
 * repository).
 */
@ApplicationScoped
public class Tokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    static final String ISSUER = "anquan";

    @Inject
    @ConfigProperty(name = "anquan.jwt.key")
    Optional<String> key;

    /** Who a valid token speaks for. */
    public record Caller(String login, Set<String> groups) {
    }

    public String issue(long accountId, String login, Set<String> groups, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(accountId))
                .claim("upn", login)
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /** The caller of a well-formed, correctly signed, unexpired token of ours; nothing for anything else. */
    public Optional<Caller> verify(String token, Instant now) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            String login = claims.getStringClaim("upn");
            if (!ISSUER.equals(claims.getIssuer()) || expiry == null || !now.isBefore(expiry.toInstant()) || login == null) {
                return Optional.empty();
            }
            List<String> groups = claims.getStringListClaim("groups");
            return Optional.of(new Caller(login, groups == null ? Set.of() : new HashSet<>(groups)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private volatile byte[] secret;

    private byte[] secret() {
        if (secret == null) {
            secret = decodedKey();
        }
        return secret;
    }

    private byte[] decodedKey() {
        byte[] secret = Base64.getDecoder().decode(key.orElseThrow(() ->
                new IllegalStateException("anquan.jwt.key (ANQUAN_JWT_KEY) is not configured")).trim());
        if (secret.length < 32) {
            throw new IllegalStateException("anquan.jwt.key must be at least 32 bytes");
        }
        return secret;
    }
}
