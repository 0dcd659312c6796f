package ru.spojournal.journal;

/** «н» (absent, with hours) or «оп» (late). */
public enum AttendanceKind {
    ABSENT,
    LATE
}
