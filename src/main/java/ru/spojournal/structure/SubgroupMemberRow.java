package ru.spojournal.structure;

/** A student's membership of a subgroup. */
public record SubgroupMemberRow(Long subgroupId, Long studentId) {}
