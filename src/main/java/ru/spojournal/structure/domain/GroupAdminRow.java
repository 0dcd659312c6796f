package ru.spojournal.structure.domain;

/** A group as the administrator's list and form show it; the curator's name is added from people. */
public record GroupAdminRow(
        Long id,
        String name,
        Long specialtyId,
        String specialtyCode,
        Long departmentId,
        String departmentShortName,
        int course,
        int admissionYear,
        Long curatorStaffId,
        boolean archived,
        long version,
        String curatorName) {

    public GroupAdminRow(
            Long id,
            String name,
            Long specialtyId,
            String specialtyCode,
            Long departmentId,
            String departmentShortName,
            int course,
            int admissionYear,
            Long curatorStaffId,
            boolean archived,
            long version) {
        this(
                id,
                name,
                specialtyId,
                specialtyCode,
                departmentId,
                departmentShortName,
                course,
                admissionYear,
                curatorStaffId,
                archived,
                version,
                null);
    }

    GroupAdminRow withCurator(String name) {
        return new GroupAdminRow(
                id,
                this.name,
                specialtyId,
                specialtyCode,
                departmentId,
                departmentShortName,
                course,
                admissionYear,
                curatorStaffId,
                archived,
                version,
                name);
    }
}
