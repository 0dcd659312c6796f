package ru.spojournal.journal.domain;

/** What a journal change touched. */
public enum ChangeKind {
    LESSON,
    COLUMN,
    MARK,
    ATTENDANCE,
    HOMEWORK,
    EXEMPTION
}
