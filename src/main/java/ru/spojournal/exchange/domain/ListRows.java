package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.GuardianView;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.StaffRow;
import ru.spojournal.people.StudentRow;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.CurriculumRowView;
import ru.spojournal.structure.DepartmentView;
import ru.spojournal.structure.GroupRow;
import ru.spojournal.structure.SpecialtyView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/**
 * The rows of each list as the college holds it, in the columns of {@link ImportList}, read with
 * a constant number of queries. R17: only the fields of the list leave the system; accounts'
 * logins and passwords never do. Students are those studying now.
 */
@Component
@Transactional(readOnly = true)
class ListRows {

    record Table(List<List<Object>> rows, int parents) {}

    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final TeachingLoad teaching;
    private final TimetableRows timetable;

    ListRows(
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people,
            TeachingLoad teaching,
            TimetableRows timetable) {
        this.timetable = timetable;
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
        this.teaching = teaching;
    }

    Table of(long institutionId, ImportList list) {
        return switch (list) {
            case STUDENTS -> students(institutionId);
            case STAFF -> new Table(staff(institutionId), 0);
            case GROUPS -> new Table(groups(institutionId), 0);
            case SUBJECTS -> new Table(subjects(institutionId), 0);
            case ASSIGNMENTS -> new Table(assignments(institutionId), 0);
            case TIMETABLE -> new Table(timetable.rows(institutionId), 0);
        };
    }

    private Table students(long institutionId) {
        Map<Long, String> groups =
                structure.groupRows(institutionId).stream().collect(Collectors.toMap(GroupRow::id, GroupRow::name));
        List<StudentRow> students = people.studentRows(institutionId).stream()
                .filter(s -> s.status() == StudentStatus.STUDYING && groups.containsKey(s.groupId()))
                .sorted(Comparator.comparing((StudentRow s) -> groups.get(s.groupId()))
                        .thenComparing(s -> s.person().name().full()))
                .toList();
        Map<Long, String> subgroupNames = structure.subgroupsOf(institutionId).stream()
                .collect(Collectors.toMap(SubgroupView::id, SubgroupView::name));
        Map<Long, List<String>> subgroups = new HashMap<>();
        structure
                .subgroupMembersOf(institutionId)
                .forEach(m -> subgroups
                        .computeIfAbsent(m.studentId(), s -> new ArrayList<>())
                        .add(subgroupNames.get(m.subgroupId())));
        Map<Long, List<GuardianView>> guardians =
                people.guardiansOf(students.stream().map(StudentRow::studentId).toList()).stream()
                        .collect(Collectors.groupingBy(GuardianView::studentId));
        int parents = Math.max(
                2, guardians.values().stream().mapToInt(List::size).max().orElse(0));
        List<List<Object>> rows = new ArrayList<>();
        for (StudentRow s : students) {
            List<Object> row = new ArrayList<>();
            PersonCard p = s.person();
            row.addAll(java.util.Arrays.asList(
                    p.externalId(),
                    p.name().lastName(),
                    p.name().firstName(),
                    p.name().middleName(),
                    Formats.sex(p.sex()),
                    Formats.date(p.birthDate()),
                    groups.get(s.groupId()),
                    s.recordBookNumber(),
                    Formats.date(s.admittedOn()),
                    p.phone(),
                    p.email(),
                    String.join(
                            "; ",
                            subgroups.getOrDefault(s.studentId(), List.of()).stream()
                                    .sorted()
                                    .toList())));
            List<GuardianView> own = guardians.getOrDefault(s.studentId(), List.of()).stream()
                    .sorted(Comparator.comparing(GuardianView::relation)
                            .thenComparing(g -> g.name().full()))
                    .toList();
            for (GuardianView g : own) {
                row.addAll(
                        java.util.Arrays.asList(g.name().full(), Formats.relation(g.relation()), g.phone(), g.email()));
            }
            rows.add(row);
        }
        return new Table(rows, parents);
    }

    private List<List<Object>> staff(long institutionId) {
        Map<Long, String> departments = structure.departments(institutionId).stream()
                .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        List<List<Object>> rows = new ArrayList<>();
        for (StaffRow s : people.staffRows(institutionId).stream()
                .sorted(Comparator.comparing((StaffRow s) -> s.person().name().full()))
                .toList()) {
            PersonCard p = s.person();
            rows.add(java.util.Arrays.asList(
                    p.externalId(),
                    p.name().lastName(),
                    p.name().firstName(),
                    p.name().middleName(),
                    Formats.sex(p.sex()),
                    Formats.date(p.birthDate()),
                    s.position(),
                    departments.get(s.departmentId()),
                    p.phone(),
                    p.email(),
                    p.preferredLogin()));
        }
        return rows;
    }

    private Map<Long, String> staffNames(long institutionId) {
        return people.staffRows(institutionId).stream()
                .collect(Collectors.toMap(
                        StaffRow::staffId, s -> s.person().name().full()));
    }

    private List<List<Object>> groups(long institutionId) {
        Map<Long, SpecialtyView> specialties =
                structure.specialties(institutionId).stream().collect(Collectors.toMap(SpecialtyView::id, s -> s));
        Map<Long, String> departments = structure.departments(institutionId).stream()
                .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        Map<Long, String> staff = staffNames(institutionId);
        List<List<Object>> rows = new ArrayList<>();
        for (GroupRow g : structure.groupRows(institutionId)) {
            SpecialtyView s = specialties.get(g.specialtyId());
            rows.add(java.util.Arrays.asList(
                    g.externalId(),
                    g.name(),
                    s.code(),
                    s.name(),
                    s.qualification(),
                    departments.get(g.departmentId()),
                    g.course(),
                    g.admissionYear(),
                    staff.get(g.curatorStaffId())));
        }
        return rows;
    }

    private List<List<Object>> subjects(long institutionId) {
        List<SubjectView> subjects = structure.subjects(institutionId);
        Map<Long, SubjectView> byId = subjects.stream().collect(Collectors.toMap(SubjectView::id, s -> s));
        Map<Long, String> specialties = structure.specialties(institutionId).stream()
                .collect(Collectors.toMap(SpecialtyView::id, SpecialtyView::code));
        Map<Long, List<CurriculumRowView>> curriculum = structure.curriculaOf(institutionId).stream()
                .collect(Collectors.groupingBy(CurriculumRowView::subjectId));
        List<List<Object>> rows = new ArrayList<>();
        for (SubjectView s : subjects) {
            SubjectView module = s.parentId() == null ? null : byId.get(s.parentId());
            List<Object> base = java.util.Arrays.asList(
                    s.code(),
                    s.name(),
                    Formats.kind(s.kind()),
                    module == null ? null : module.code(),
                    module == null ? null : module.name());
            List<CurriculumRowView> own = curriculum.getOrDefault(s.id(), List.of()).stream()
                    .sorted(Comparator.comparing((CurriculumRowView r) -> specialties.get(r.specialtyId()))
                            .thenComparing(CurriculumRowView::semester))
                    .toList();
            if (own.isEmpty()) {
                rows.add(base);
            }
            for (CurriculumRowView r : own) {
                List<Object> row = new ArrayList<>(base);
                row.addAll(java.util.Arrays.asList(
                        specialties.get(r.specialtyId()), r.semester(), r.hours(), Formats.form(r.attestationForm())));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<List<Object>> assignments(long institutionId) {
        Map<Long, StaffRow> staff =
                people.staffRows(institutionId).stream().collect(Collectors.toMap(StaffRow::staffId, s -> s));
        Map<Long, String> groups =
                structure.groupRows(institutionId).stream().collect(Collectors.toMap(GroupRow::id, GroupRow::name));
        Map<Long, String> subgroups = structure.subgroupsOf(institutionId).stream()
                .collect(Collectors.toMap(SubgroupView::id, SubgroupView::name));
        Map<Long, SubjectView> subjects =
                structure.subjects(institutionId).stream().collect(Collectors.toMap(SubjectView::id, s -> s));
        Map<Long, TermView> terms =
                calendar.terms(institutionId).stream().collect(Collectors.toMap(TermView::id, t -> t));
        List<List<Object>> rows = new ArrayList<>();
        for (AssignmentView a : teaching.currentOf(institutionId)) {
            StaffRow teacher = staff.get(a.teacherStaffId());
            SubjectView subject = subjects.get(a.subjectId());
            SubjectView module = subject.parentId() == null ? null : subjects.get(subject.parentId());
            TermView term = terms.get(a.termId());
            if (teacher == null || !groups.containsKey(a.groupId()) || term == null) {
                continue;
            }
            rows.add(java.util.Arrays.asList(
                    teacher.person().name().full(),
                    teacher.person().externalId(),
                    groups.get(a.groupId()),
                    a.subgroupId() == null ? null : subgroups.get(a.subgroupId()),
                    subject.code(),
                    subject.name(),
                    module == null ? null : module.code(),
                    module == null ? null : module.name(),
                    term.academicYearName(),
                    term.number(),
                    a.plannedHours()));
        }
        rows.sort(Comparator.comparing((List<Object> r) -> r.get(2).toString())
                .thenComparing(r -> r.get(4).toString()));
        return rows;
    }
}
