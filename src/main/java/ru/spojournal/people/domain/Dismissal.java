package ru.spojournal.people.domain;

import java.util.EnumSet;
import java.util.Set;
import ru.spojournal.platform.security.Role;

/**
 * R16: a dismissed member of staff works in the journal no more. Their staff roles end with the
 * dismissal, whatever the account says; an account that held nothing else is blocked, so that
 * it cannot sign in and its open sessions end. A person who is also a parent (or a student) keeps
 * the account for that alone. Restoring the staff record brings the staff roles back; a blocked
 * account stays blocked until the administrator unblocks it.
 */
final class Dismissal {

    private Dismissal() {}

    /** The roles that take effect for an account whose person is, or is not, dismissed. */
    static Set<Role> effectiveRoles(Set<Role> granted, boolean dismissed) {
        Set<Role> roles = granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted);
        if (dismissed) {
            roles.removeIf(Role::staff);
        }
        return roles;
    }

    /** Whether the account still has a use once its person is dismissed. */
    static boolean keepsAccount(Set<Role> granted) {
        return !effectiveRoles(granted, true).isEmpty();
    }
}
