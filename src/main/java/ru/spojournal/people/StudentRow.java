package ru.spojournal.people;

import java.time.LocalDate;

/** A student with the person's details, for lists and exchange. */
public record StudentRow(
        Long studentId,
        PersonCard person,
        Long groupId,
        StudentStatus status,
        String recordBookNumber,
        LocalDate admittedOn) {}
