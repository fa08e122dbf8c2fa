package org.anquan.platform.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** One role of an account, for one organisation when the role is scoped. */
@Entity
@Table(name = "platform_role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected RoleGrant() {
    }

    RoleGrant(Account account, Role role, Long organisationId) {
        if (role.scoped() != (organisationId != null)) {
            throw new IllegalArgumentException(role + (role.scoped() ? " needs an organisation" : " is not scoped"));
        }
        this.account = Objects.requireNonNull(account);
        this.role = role;
        this.organisationId = organisationId;
    }

    public Role role() {
        return role;
    }

    public Long organisationId() {
        return organisationId;
    }

    boolean is(Role role, Long organisationId) {
        return this.role == role && Objects.equals(this.organisationId, organisationId);
    }
}
