package ru.spojournal.people;

/** Needed for the grammatical gender of Russian surnames and patronymics. */
public enum Sex {
    M,
    F
}
