package ru.spojournal.people.domain;

import java.time.Instant;
import ru.spojournal.people.PersonName;

/**
 * A student or a parent of a group, with the state of their account, as the curator sees it when
 * issuing credentials (R15).
 *
 * @param login the account's login, or the one that will be proposed when there is no account yet
 * @param refusal why this user may not issue this person's credentials (a message key), or null
 */
public record CredentialRow(
        long personId,
        PersonName name,
        SlipRole role,
        String children,
        Long accountId,
        String login,
        boolean mustChangePassword,
        boolean enabled,
        Instant lastLoginAt,
        String refusal) {

    public boolean hasAccount() {
        return accountId != null;
    }

    public boolean issuable() {
        return refusal == null;
    }
}
