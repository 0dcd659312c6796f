package ru.spojournal.structure;

import java.time.ZoneId;

/** A college as other modules see it. */
public record InstitutionView(Long id, String code, String name, String shortName, ZoneId zone, boolean demo) {}
