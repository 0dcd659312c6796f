package ru.spojournal.structure;

/** A specialty as the administrator's list and form show it, with its version. */
public record SpecialtyRow(Long id, String code, String name, String qualification, boolean archived, long version) {}
