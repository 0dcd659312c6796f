package ru.spojournal.structure;

/** A subgroup of a study group. */
public record SubgroupView(Long id, Long groupId, String name) {}
