package ru.spojournal.structure.domain;

/** A subgroup as the administrator's page shows it, with its version. */
public record SubgroupRow(Long id, String name, boolean archived, long version) {}
