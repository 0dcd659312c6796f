package ru.spojournal.people;

/** A member of staff with the person's details, for lists and exchange. */
public record StaffRow(Long staffId, PersonCard person, String position, Long departmentId) {}
