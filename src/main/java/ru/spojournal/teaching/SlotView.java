package ru.spojournal.teaching;

/** A weekly timetable slot. */
public record SlotView(
        Long id, Long termId, Long assignmentId, int dayOfWeek, int periodNumber, WeekParity parity, String room) {}
