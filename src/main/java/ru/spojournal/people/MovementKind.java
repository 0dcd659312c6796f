package ru.spojournal.people;

/** A movement of a student, as the college's orders (приказы) record them. */
public enum MovementKind {
    ADMISSION,
    TRANSFER,
    ACADEMIC_LEAVE,
    RETURN,
    EXPULSION,
    GRADUATION
}
