package ru.spojournal.people.domain;

import java.time.Instant;
import java.util.Set;
import ru.spojournal.platform.security.Role;

/** A line of the administrator's list of accounts. */
public record AccountListRow(
        long id,
        String login,
        String name,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        Instant lastLoginAt) {}
