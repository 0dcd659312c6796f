package ru.spojournal.people;

/** A member of staff as other modules see them. */
public record StaffView(Long id, Long personId, PersonName name, String position, Long departmentId) {}
