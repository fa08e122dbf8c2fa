package org.anquan.platform.profile.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.platform.account.entity.Account;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.crypto.control.FieldCipher;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.identity.control.IdNumbers;
import org.anquan.platform.profile.control.PhotoNormaliser;
import org.anquan.platform.profile.entity.Profile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Real-name profiles. The ID number is checked (GB 11643), sealed with AES-GCM under the configured key
 * ({@code anquan.crypto.field-key}, never in the repository), kept as a keyed digest so one number belongs to one
 * account, and shown masked everywhere but where the law needs it.
 */
@Stateless
public class Profiles {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "anquan.crypto.field-key")
    Optional<String> fieldKey;

    public Optional<ProfileView> of(long accountId) {
        return Optional.ofNullable(entityManager.find(Profile.class, accountId)).map(Profiles::view);
    }

    public ProfileView save(long accountId, @NotNull @Size(min = 1, max = 50) String realName,
                            @NotNull @Size(max = 40) String idNumber, String sourceAddress) {
        String name = realName.strip();
        if (name.isEmpty() || name.length() > 50) {
            throw new BusinessException("profile.realNameRequired");
        }
        String number = IdNumbers.normalise(idNumber);
        Instant now = clock.instant();
        Optional<IdNumbers.Problem> problem = IdNumbers.check(number, LocalDate.ofInstant(now, Clocks.CHINA));
        if (problem.isPresent()) {
            throw new BusinessException("profile.idNumber." + problem.get().name());
        }
        String digest = digest(number);
        boolean takenByOther = entityManager.createNamedQuery(Profile.BY_DIGEST, Profile.class)
                .setParameter("digest", digest).getResultStream()
                .anyMatch(other -> other.accountId() != accountId);
        if (takenByOther) {
            throw new BusinessException("profile.idNumberTaken");
        }
        Profile existing = entityManager.find(Profile.class, accountId);
        Profile profile = existing != null ? existing : new Profile(accountId);
        profile.identify(name, cipher().encrypt(number), digest, IdNumbers.mask(number),
                IdNumbers.birthDate(number).orElseThrow(), now);
        if (existing == null) {
            entityManager.persist(profile);
        }
        AuditTrail.append(entityManager, new AuditEntry(now, accountId, login(accountId), "profile.updated", "profile",
                Long.toString(accountId), Outcome.SUCCESS, sourceAddress, null));
        return view(profile);
    }

    /**
     * The profile holding this ID number, when its real name is this name too (a training institution registering
     * its trainees names both); empty for a malformed number, an unknown one or another name, alike.
     */
    public Optional<ProfileView> identified(String realName, String idNumber) {
        if (realName == null || idNumber == null) {
            return Optional.empty();
        }
        String number = IdNumbers.normalise(idNumber);
        if (IdNumbers.check(number, LocalDate.ofInstant(clock.instant(), Clocks.CHINA)).isPresent()) {
            return Optional.empty();
        }
        String name = realName.strip();
        return entityManager.createNamedQuery(Profile.BY_DIGEST, Profile.class)
                .setParameter("digest", digest(number)).getResultStream()
                .filter(profile -> profile.realName().equals(name)).findFirst().map(Profiles::view);
    }

    public void savePhoto(long accountId, byte[] upload, String sourceAddress) {
        Profile profile = entityManager.find(Profile.class, accountId);
        if (profile == null) {
            throw new BusinessException("profile.photoNeedsIdentity");
        }
        byte[] jpeg = PhotoNormaliser.normalise(upload).orElseThrow(() -> new BusinessException("profile.photoInvalid"));
        Instant now = clock.instant();
        profile.photograph(jpeg, now);
        AuditTrail.append(entityManager, new AuditEntry(now, accountId, login(accountId), "profile.photo", "profile",
                Long.toString(accountId), Outcome.SUCCESS, sourceAddress, null));
    }

    public Optional<byte[]> photo(long accountId) {
        return Optional.ofNullable(entityManager.find(Profile.class, accountId)).filter(Profile::hasPhoto).map(Profile::photo);
    }

    private String login(long accountId) {
        Account account = entityManager.find(Account.class, accountId);
        return account == null ? null : account.login();
    }

    private static ProfileView view(Profile profile) {
        return new ProfileView(profile.accountId(), profile.realName(), profile.idNumberMasked(), profile.birthDate(),
                profile.hasPhoto());
    }

    private FieldCipher cipher() {
        return new FieldCipher(fieldKey.orElseThrow(() ->
                new IllegalStateException("anquan.crypto.field-key (ANQUAN_CRYPTO_FIELD_KEY) is not configured")));
    }

    /** HMAC of the number under a key derived from the field key: equal numbers, equal digests; no dictionary. */
    String digest(String number) {
        try {
            byte[] key = Base64.getDecoder().decode(fieldKey.orElseThrow().trim());
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digestKey = derive.doFinal("anquan id-number digest".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
