package ru.spojournal.journal;

/** A reason of absence and whether it excuses. */
public record AbsenceReasonView(Long id, String code, String name, boolean excused) {}
