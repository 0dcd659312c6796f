package ru.spojournal.structure;

/** A college was created; modules that keep per-college lists fill their defaults. */
public record InstitutionCreated(long institutionId) {}
