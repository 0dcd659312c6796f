package ru.spojournal.people;

/** A parent of a student, with the contacts a curator needs. */
public record GuardianView(
        Long parentId, Long studentId, PersonName name, Relation relation, String phone, String email) {}
