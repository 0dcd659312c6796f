package ru.spojournal.structure;

/** A study group as lists and exchange need it: ids of its specialty and department, its external id. */
public record GroupRow(
        Long id,
        String name,
        Long specialtyId,
        Long departmentId,
        int course,
        int admissionYear,
        Long curatorStaffId,
        String externalId) {}
