package ru.spojournal.structure;

/** A department as the administrator's list and form show it, with its head's name and version. */
public record DepartmentRow(
        Long id, String name, String shortName, Long headStaffId, String headName, boolean archived, long version) {}
