package ru.spojournal.people;

/** Where to reach a person with an account: the account, their e-mail if known, and who they are to a student. */
public record Contact(long accountId, long personId, String name, String email, Kind kind) {

    /** Who the contact is. */
    public enum Kind {
        STUDENT,
        PARENT,
        STAFF
    }
}
