package ru.spojournal.people;

/** R10: a parent is linked to a student as mother, father, guardian or other representative. */
public record ParentLinkRow(Long parentId, Long studentId, Relation relation) {}
