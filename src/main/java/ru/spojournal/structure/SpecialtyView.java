package ru.spojournal.structure;

/** A specialty: its code of the federal list, name and qualification. */
public record SpecialtyView(Long id, String code, String name, String qualification) {}
