package ru.spojournal.people;

/** What was done to an account; each kind is a line of the audit log (R14, R17). */
public enum AccountAction {
    CREATED,
    LOGIN_CHANGED,
    PASSWORD_RESET,
    BLOCKED,
    UNBLOCKED,
    PROFILE_EDITED,
    CREDENTIALS_ISSUED
}
