package ru.spojournal.structure;

/** A study group with the names of its specialty and department, for lists and headers. */
public record GroupView(
        Long id,
        String name,
        Long specialtyId,
        String specialtyCode,
        String specialtyName,
        Long departmentId,
        String departmentName,
        int course,
        int admissionYear,
        Long curatorStaffId) {}
