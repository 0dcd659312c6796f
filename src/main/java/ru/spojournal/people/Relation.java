package ru.spojournal.people;

/** Who a legal representative is to the student. */
public enum Relation {
    MOTHER,
    FATHER,
    GUARDIAN,
    OTHER
}
