package ru.spojournal.teaching.domain;

/** What replacing a timetable did: slots added, removed and left as they were. */
public record SlotChanges(int created, int removed, int unchanged) {}
