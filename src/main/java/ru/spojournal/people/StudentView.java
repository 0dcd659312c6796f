package ru.spojournal.people;

/** A student as other modules see them. */
public record StudentView(
        Long id, Long personId, PersonName name, Long groupId, StudentStatus status, String recordBookNumber) {}
