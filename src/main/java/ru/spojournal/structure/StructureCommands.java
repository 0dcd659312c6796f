package ru.spojournal.structure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Inputs of {@link StructureAdmin}; checked there against the rules of the structure. */
public final class StructureCommands {

    private StructureCommands() {}

    public record NewInstitution(String code, String name, String shortName, ZoneId zone, boolean demo) {}

    public record NewDepartment(String name, String shortName) {}

    public record NewSpecialty(String code, String name, String qualification) {}

    public record NewAcademicYear(String name, LocalDate startDate, LocalDate endDate) {}

    public record NewTerm(Long academicYearId, Integer number, String name, LocalDate startDate, LocalDate endDate) {}

    public record NewPeriod(Integer dayOfWeek, int number, LocalTime start, LocalTime end) {}

    public record NewGroup(
            String name,
            Long specialtyId,
            Long departmentId,
            Integer course,
            Integer admissionYear,
            Long curatorStaffId) {}

    public record NewSubject(String code, String name, SubjectKind kind, Long parentId) {}

    public record NewCurriculumRow(long specialtyId, long subjectId, int semester, int hours, AttestationForm form) {}
}
