package org.anquan.platform.profile.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The real-name profile an exam candidate needs: name, 居民身份证号码 (encrypted) and a photo. */
@Entity
@Table(name = "platform_profile")
@NamedQuery(name = Profile.BY_DIGEST, query = "SELECT p FROM Profile p WHERE p.idNumberDigest = :digest")
public class Profile {

    public static final String BY_DIGEST = "Profile.byDigest";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "real_name", nullable = false, length = 50)
    private String realName;

    @Column(name = "id_number_cipher", nullable = false, length = 200)
    private String idNumberCipher;

    @Column(name = "id_number_digest", nullable = false, unique = true, length = 64)
    private String idNumberDigest;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] photo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int revision;

    protected Profile() {
    }

    public Profile(long accountId) {
        this.accountId = accountId;
    }

    /** Sets the identity; the caller has validated the number and sealed it. */
    public void identify(String realName, String cipher, String digest, String masked, LocalDate birthDate, Instant now) {
        this.realName = Objects.requireNonNull(realName);
        this.idNumberCipher = Objects.requireNonNull(cipher);
        this.idNumberDigest = Objects.requireNonNull(digest);
        this.idNumberMasked = Objects.requireNonNull(masked);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.updatedAt = now;
    }

    public void photograph(byte[] jpeg, Instant now) {
        this.photo = jpeg;
        this.updatedAt = now;
    }

    public Long accountId() {
        return accountId;
    }

    public String realName() {
        return realName;
    }

    public String idNumberCipher() {
        return idNumberCipher;
    }

    public String idNumberDigest() {
        return idNumberDigest;
    }

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public byte[] photo() {
        return photo;
    }

    public boolean hasPhoto() {
        return photo != null && photo.length > 0;
    }
}
