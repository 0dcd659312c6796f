package ru.spojournal.structure;

/** The form of промежуточная аттестация of a subject in a semester. */
public enum AttestationForm {
    NONE,
    EXAM,
    DIFF_CREDIT,
    CREDIT,
    QUALIFICATION_EXAM,
    OTHER
}
