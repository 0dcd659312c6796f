package ru.spojournal.audit;

import ru.spojournal.people.AccountAction;

/** The kinds of audit entries: the actions on accounts, and refused requests. */
public enum AuditKind {
    ACCOUNT_CREATED,
    LOGIN_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_BLOCKED,
    ACCOUNT_UNBLOCKED,
    PROFILE_EDITED,
    CREDENTIALS_ISSUED,
    ACCESS_REFUSED;

    static AuditKind of(AccountAction action) {
        return switch (action) {
            case CREATED -> ACCOUNT_CREATED;
            case LOGIN_CHANGED -> LOGIN_CHANGED;
            case PASSWORD_RESET -> PASSWORD_RESET;
            case BLOCKED -> ACCOUNT_BLOCKED;
            case UNBLOCKED -> ACCOUNT_UNBLOCKED;
            case PROFILE_EDITED -> PROFILE_EDITED;
            case CREDENTIALS_ISSUED -> CREDENTIALS_ISSUED;
        };
    }
}
