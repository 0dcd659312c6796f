package ru.spojournal.people.domain;

import java.time.Instant;
import java.util.Set;
import ru.spojournal.people.PersonCard;
import ru.spojournal.platform.security.Role;

/**
 * An account as its page shows it to the administrator. Never a password, nor its hash.
 *
 * @param person the person behind the account, or null for a bare account (the first administrator)
 * @param personVersion the person's version, sent back with the profile form to catch a lost update
 */
public record AccountDetails(
        long id,
        String login,
        PersonCard person,
        long personVersion,
        Set<Role> roles,
        boolean enabled,
        Instant lockedUntil,
        boolean locked,
        boolean mustChangePassword,
        Instant lastLoginAt,
        Instant createdAt) {

    public String name() {
        return person == null ? login : person.name().full();
    }
}
