package ru.spojournal.people.domain;

/** Who a credential slip is for: it decides the wording of the slip and the role of a new account. */
public enum SlipRole {
    STUDENT,
    PARENT,
    STAFF
}
