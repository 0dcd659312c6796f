package ru.spojournal.structure;

/** Edits of the administrator's lists; each carries the version the form was read at. */
public final class CatalogCommands {

    private CatalogCommands() {}

    public record DepartmentEdit(String name, String shortName, Long headStaffId, Long version) {}

    public record SpecialtyEdit(String code, String name, String qualification, Long version) {}

    public record SubjectEdit(String code, String name, SubjectKind kind, Long parentId, Long version) {}

    public record CurriculumEdit(Long subjectId, Integer semester, Integer hours, AttestationForm form, Long version) {}

    public record GroupEdit(
            String name,
            Long specialtyId,
            Long departmentId,
            Integer course,
            Integer admissionYear,
            Long curatorStaffId,
            Long version) {}

    public record DatesEdit(String name, java.time.LocalDate startDate, java.time.LocalDate endDate, Long version) {}

    public record PeriodEdit(
            Long bellScheduleId,
            Integer dayOfWeek,
            Integer number,
            java.time.LocalTime start,
            java.time.LocalTime end,
            Long version) {}
}
