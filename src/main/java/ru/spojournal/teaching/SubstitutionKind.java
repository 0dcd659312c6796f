package ru.spojournal.teaching;

/** What a dated change does to the timetable. */
public enum SubstitutionKind {
    /** Another teacher conducts the lesson. */
    REPLACE,
    /** The lesson does not take place. */
    CANCEL,
    /** A lesson that the weekly timetable does not have. */
    EXTRA
}
