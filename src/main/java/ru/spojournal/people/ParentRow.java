package ru.spojournal.people;

/** A parent (legal representative) with the person's details. */
public record ParentRow(Long parentId, PersonCard person) {}
