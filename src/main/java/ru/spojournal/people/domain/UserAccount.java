package ru.spojournal.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import ru.spojournal.people.AccountLoginRow;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.platform.security.Role;

/**
 * A login of one person (R16: credentials are personal). The password is kept only as an adaptive
 * hash; failed attempts lock the account for a while.
 */
@Entity
@Table(name = "user_account")
class UserAccount extends InstitutionOwned {

    private String login;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "person_id")
    private Long personId;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {}

    UserAccount(
            long institutionId,
            String login,
            String passwordHash,
            Long personId,
            Set<Role> roles,
            boolean mustChangePassword,
            Instant createdAt) {
        super(institutionId);
        this.login = login;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.roles = new HashSet<>(roles);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the last allowed one locks the account and starts the count anew. */
    void failedLogin(Instant now, int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    void succeededLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String getLogin() {
        return login;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getPersonId() {
        return personId;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    AccountLoginRow loginRow() {
        return new AccountLoginRow(getId(), getInstitutionId(), personId, login, getRoles());
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The administrator corrects the login (R14); the caller has checked that it is free. */
    void changeLogin(String login) {
        this.login = login;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
