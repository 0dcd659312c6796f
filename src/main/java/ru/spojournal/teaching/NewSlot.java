package ru.spojournal.teaching;

/** A weekly slot to place: which assignment, on which day and пара, in which weeks, where. */
public record NewSlot(long assignmentId, int dayOfWeek, int periodNumber, WeekParity parity, String room) {}
