package ru.spojournal.exchange.domain;

import java.time.LocalDate;
import java.util.List;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.SubjectKind;

/** The records an import brings, one per row, read from a list or from a OneRoster package. */
final class Entries {

    private Entries() {}

    record PersonFields(PersonName name, Sex sex, LocalDate birthDate, String phone, String email) {}

    record StaffEntry(
            Src src, String externalId, PersonFields person, String position, String department, String login) {}

    record GroupEntry(
            Src src,
            String externalId,
            String name,
            String specialtyCode,
            String specialtyName,
            String qualification,
            String department,
            Integer course,
            Integer admissionYear,
            String curator,
            String curatorExternalId) {}

    /** How a file names a subject: its code, and where the code alone is ambiguous, name and module. */
    record SubjectName(String code, String name, String moduleCode, String moduleName) {}

    record SubjectEntry(
            Src src,
            SubjectName subject,
            SubjectKind kind,
            String specialtyCode,
            Integer semester,
            Integer hours,
            AttestationForm form) {}

    record ParentEntry(
            int number, String externalId, PersonName name, Sex sex, Relation relation, String phone, String email) {}

    record StudentEntry(
            Src src,
            String externalId,
            PersonFields person,
            String group,
            String groupExternalId,
            String recordBook,
            LocalDate admittedOn,
            List<String> subgroups,
            List<ParentEntry> parents) {}

    record AssignmentEntry(
            Src src,
            String teacher,
            String teacherExternalId,
            String group,
            String groupExternalId,
            String subgroup,
            SubjectName subject,
            String academicYear,
            Integer termNumber,
            Integer hours) {}

    /** A weekly slot of the timetable as a file gives it; the day and parity already read. */
    record SlotEntry(
            Src src,
            String group,
            String subgroup,
            Integer day,
            Integer period,
            ru.spojournal.teaching.WeekParity parity,
            String subject,
            String teacher,
            String room,
            String academicYear,
            Integer termNumber) {}

    record TermEntry(
            Src src,
            String academicYear,
            LocalDate yearStart,
            LocalDate yearEnd,
            int number,
            String name,
            LocalDate start,
            LocalDate end) {}
}
