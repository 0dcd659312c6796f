package ru.spojournal.people.domain;

import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.StudentStatus;

/** A student linked to a parent, as the parent's card lists them. */
public record LinkedChild(
        long studentId,
        String lastName,
        String firstName,
        String middleName,
        Long groupId,
        StudentStatus status,
        Relation relation) {

    public String name() {
        return new PersonName(lastName, firstName, middleName).full();
    }
}
