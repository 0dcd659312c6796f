package ru.spojournal.structure.domain;

/** The institution's settings as the administrator's form shows them, with its version. */
public record InstitutionRow(Long id, String code, String name, String shortName, String timeZone, long version) {}
