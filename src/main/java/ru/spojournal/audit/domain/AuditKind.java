package ru.spojournal.audit.domain;

import ru.spojournal.people.AccountAction;

/** The kinds of audit entries: the actions on accounts and on people's records, and refused requests. */
public enum AuditKind {
    ACCOUNT_CREATED,
    LOGIN_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_BLOCKED,
    ACCOUNT_UNBLOCKED,
    PROFILE_EDITED,
    CREDENTIALS_ISSUED,
    ACCESS_REFUSED,
    STAFF_CREATED,
    STAFF_EDITED,
    STAFF_ARCHIVED,
    STAFF_RESTORED,
    STUDENT_ADMITTED,
    STUDENT_EDITED,
    STUDENT_MOVED,
    PARENT_CREATED,
    PARENT_EDITED,
    PARENT_LINKED,
    PARENT_UNLINKED;

    /** The actions on people's records keep their own names. */
    static AuditKind of(ru.spojournal.people.PeopleRecordAction action) {
        return valueOf(action.name());
    }

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
