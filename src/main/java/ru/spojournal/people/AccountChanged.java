package ru.spojournal.people;

import java.time.Instant;

/**
 * An administrator or a curator acted on an account (R14, R15, R17). Published inside the action's
 * transaction, so that a synchronous listener keeps the record together with the change, or
 * neither. It never carries a password.
 *
 * @param actorAccountId who acted; null for the system itself
 * @param detail what changed, in plain words (the old and new login, the group of a slip)
 */
public record AccountChanged(
        long institutionId,
        Long actorAccountId,
        String actorLogin,
        long accountId,
        String accountLogin,
        String personName,
        AccountAction action,
        String detail,
        Instant at) {}
