package ru.spojournal.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: the account, its institution, the person behind it
 * and the roles it holds. Scopes are checked against these ids, never against what a page shows.
 * Serializable because sessions may live in a shared store.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long institutionId;
    private final String login;
    private String passwordHash;
    private final String displayName;
    private final Long personId;
    private final Long staffId;
    private final Long studentId;
    private final Long parentId;
    private final Set<Role> roles;
    private final boolean enabled;
    private boolean mustChangePassword;

    public CurrentUser(
            long accountId,
            long institutionId,
            String login,
            String passwordHash,
            String displayName,
            Long personId,
            Long staffId,
            Long studentId,
            Long parentId,
            Set<Role> roles,
            boolean enabled,
            boolean mustChangePassword) {
        this.accountId = accountId;
        this.institutionId = institutionId;
        this.login = login;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.personId = personId;
        this.staffId = staffId;
        this.studentId = studentId;
        this.parentId = parentId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    public long accountId() {
        return accountId;
    }

    public long institutionId() {
        return institutionId;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Long personId() {
        return personId;
    }

    public Long staffId() {
        return staffId;
    }

    public Long studentId() {
        return studentId;
    }

    public Long parentId() {
        return parentId;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The first role in the order of {@link Role}, which decides the landing page. */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElse(Role.REGION_ANALYST);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toList());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + login + ", " + roles + "]";
    }
}
