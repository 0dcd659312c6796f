package ru.spojournal.people;

import java.util.Set;
import ru.spojournal.platform.security.Role;

/** An account's login, the person it belongs to (if any) and its granted roles. */
public record AccountLoginRow(Long accountId, Long institutionId, Long personId, String login, Set<Role> roles) {}
