package ru.spojournal.structure;

/**
 * A study group with the names of its specialty and department, for lists and headers. An archived
 * group (graduated, disbanded) keeps its journals readable, and nobody records in it (R1).
 */
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
        Long curatorStaffId,
        boolean archived) {}
