package ru.spojournal.structure;

/** An отделение and the staff id of its head, if one is named. */
public record DepartmentView(Long id, String name, String shortName, Long headStaffId) {}
