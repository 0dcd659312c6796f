package ru.spojournal.exchange.domain;

import static ru.spojournal.exchange.domain.OneRosterExport.META;
import static ru.spojournal.exchange.domain.OneRosterExport.row;
import static ru.spojournal.exchange.domain.OneRosterExport.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountLoginRow;
import ru.spojournal.people.ParentLinkRow;
import ru.spojournal.people.ParentRow;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StaffRow;
import ru.spojournal.people.StudentRow;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.AcademicYearView;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.DepartmentView;
import ru.spojournal.structure.InstitutionView;
import ru.spojournal.structure.SpecialtyView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.TeachingLoad;

/**
 * Reads the college, with a constant number of queries, into the rows of the OneRoster files.
 * Identifiers are stable: a person or group keeps the external id it came with, the rest are
 * made of the kind and the record's id («dep-1050», «term-1100»).
 */
@Component
@Transactional(readOnly = true)
class OneRosterRoster {

    record Tables(
            List<List<String>> orgs,
            List<List<String>> sessions,
            List<List<String>> courses,
            List<List<String>> classes,
            List<List<String>> users,
            List<List<String>> enrollments,
            List<List<String>> demographics) {}

    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final TeachingLoad teaching;
    private final OneRosterClassRows classRows;

    OneRosterRoster(
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people,
            TeachingLoad teaching,
            OneRosterClassRows classRows) {
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
        this.teaching = teaching;
        this.classRows = classRows;
    }

    Tables tables(long institutionId, String now) {
        Context c = new Context(now);
        c.college = "org-" + structure.institution(institutionId).code();
        orgs(institutionId, c);
        sessions(institutionId, c);
        courses(institutionId, c);
        users(institutionId, c);
        classRows.classes(institutionId, c);
        return new Tables(c.orgs, c.sessions, c.courses, c.classes, c.users, c.enrollments, c.demographics);
    }

    /** The rows being built, and the identifiers that later files refer to. */
    static final class Context {
        final String now;
        String college;
        final List<List<String>> orgs = new ArrayList<>();
        final List<List<String>> sessions = new ArrayList<>();
        final List<List<String>> courses = new ArrayList<>();
        final List<List<String>> classes = new ArrayList<>();
        final List<List<String>> users = new ArrayList<>();
        final List<List<String>> enrollments = new ArrayList<>();
        final List<List<String>> demographics = new ArrayList<>();
        final Map<Long, String> specialtyCourse = new HashMap<>();
        final Map<Long, String> userOfStaff = new HashMap<>();
        final Map<Long, String> userOfStudent = new HashMap<>();
        List<String> yearTerms = List.of();

        Context(String now) {
            this.now = now;
        }
    }

    private void orgs(long institutionId, Context c) {
        InstitutionView college = structure.institution(institutionId);
        c.orgs.add(row(
                OneRosterExport.ORGS,
                values(
                        "sourcedId",
                        c.college,
                        "status",
                        "active",
                        "dateLastModified",
                        c.now,
                        "name",
                        college.name(),
                        "type",
                        "school",
                        "identifier",
                        college.code())));
        for (DepartmentView d : structure.departments(institutionId)) {
            c.orgs.add(row(
                    OneRosterExport.ORGS,
                    values(
                            "sourcedId",
                            "dep-" + d.id(),
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "name",
                            d.name(),
                            "type",
                            "department",
                            "identifier",
                            d.shortName(),
                            "parentSourcedId",
                            c.college)));
        }
    }

    private void sessions(long institutionId, Context c) {
        List<TermView> terms = calendar.terms(institutionId);
        for (AcademicYearView y : calendar.academicYears(institutionId)) {
            c.sessions.add(row(
                    OneRosterExport.SESSIONS,
                    values(
                            "sourcedId",
                            "ay-" + y.id(),
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "title",
                            y.name(),
                            "type",
                            "schoolYear",
                            "startDate",
                            y.startDate().toString(),
                            "endDate",
                            y.endDate().toString(),
                            "schoolYear",
                            String.valueOf(y.endDate().getYear()))));
        }
        for (TermView t : terms) {
            c.sessions.add(row(
                    OneRosterExport.SESSIONS,
                    values(
                            "sourcedId",
                            "term-" + t.id(),
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "title",
                            t.name(),
                            "type",
                            "semester",
                            "startDate",
                            t.startDate().toString(),
                            "endDate",
                            t.endDate().toString(),
                            "parentSourcedId",
                            "ay-" + t.academicYearId(),
                            "schoolYear",
                            String.valueOf(t.endDate().getYear()),
                            META + "termNumber",
                            String.valueOf(t.number()))));
        }
        calendar.currentTerm(institutionId)
                .ifPresent(current -> c.yearTerms = terms.stream()
                        .filter(t -> t.academicYearId().equals(current.academicYearId()))
                        .map(t -> "term-" + t.id())
                        .toList());
    }

    private void courses(long institutionId, Context c) {
        for (SpecialtyView s : structure.specialties(institutionId)) {
            String id = "spec-" + s.code();
            c.specialtyCourse.put(s.id(), id);
            c.courses.add(row(
                    OneRosterExport.COURSES,
                    values(
                            "sourcedId",
                            id,
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "title",
                            s.name(),
                            "courseCode",
                            s.code(),
                            "orgSourcedId",
                            c.college,
                            META + "kind",
                            "SPECIALTY",
                            META + "qualification",
                            s.qualification())));
        }
        for (SubjectView s : structure.subjects(institutionId)) {
            c.courses.add(row(
                    OneRosterExport.COURSES,
                    values(
                            "sourcedId",
                            "crs-" + s.id(),
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "title",
                            s.name(),
                            "courseCode",
                            s.code(),
                            "orgSourcedId",
                            c.college,
                            META + "kind",
                            s.kind().name(),
                            META + "parentCourse",
                            s.parentId() == null ? "" : "crs-" + s.parentId())));
        }
    }

    private void users(long institutionId, Context c) {
        Map<Long, AccountLoginRow> accounts = people.accountsOf(institutionId).stream()
                .filter(a -> a.personId() != null)
                .collect(Collectors.toMap(AccountLoginRow::personId, a -> a, (a, b) -> a));
        Set<Long> teaching = new HashSet<>();
        this.teaching.currentOf(institutionId).forEach(a -> teaching.add(a.teacherStaffId()));
        structure.groupRows(institutionId).forEach(g -> teaching.add(g.curatorStaffId()));
        List<ParentLinkRow> links = people.parentLinkRows(institutionId);
        Map<Long, ParentRow> parents =
                people.parentRows(institutionId).stream().collect(Collectors.toMap(ParentRow::parentId, p -> p));
        Map<Long, String> parentOfPerson = new HashMap<>();
        parents.values().forEach(p -> parentOfPerson.put(p.person().personId(), userId(p.person())));
        Map<Long, StudentRow> students = people.studentRows(institutionId).stream()
                .filter(s -> s.status() == StudentStatus.STUDYING)
                .collect(Collectors.toMap(StudentRow::studentId, s -> s));
        Map<Long, List<String>> agentsOfStudent = new HashMap<>();
        Map<Long, List<String>> childrenOfParent = new HashMap<>();
        for (ParentLinkRow l : links) {
            StudentRow s = students.get(l.studentId());
            ParentRow p = parents.get(l.parentId());
            if (s != null && p != null) {
                agentsOfStudent
                        .computeIfAbsent(l.studentId(), k -> new ArrayList<>())
                        .add(userId(p.person()));
                childrenOfParent
                        .computeIfAbsent(l.parentId(), k -> new ArrayList<>())
                        .add(userId(s.person()));
            }
        }
        Set<Long> staffPersons = new HashSet<>();
        for (StaffRow s : people.staffRows(institutionId)) {
            String id = userId(s.person());
            c.userOfStaff.put(s.staffId(), id);
            staffPersons.add(s.person().personId());
            AccountLoginRow account = accounts.get(s.person().personId());
            boolean teacher = teaching.contains(s.staffId())
                    || account != null && account.roles().contains(Role.TEACHER)
                    || account == null;
            Long parentId = parents.values().stream()
                    .filter(p -> p.person().personId().equals(s.person().personId()))
                    .map(ParentRow::parentId)
                    .findFirst()
                    .orElse(null);
            user(
                    c,
                    s.person(),
                    teacher ? "teacher" : "administrator",
                    login(account, s.person()),
                    String.join(",", childrenOfParent.getOrDefault(parentId, List.of())),
                    s.departmentId() == null ? c.college : "dep-" + s.departmentId(),
                    null,
                    values(
                            META + "position",
                            s.position(),
                            META + "department",
                            s.departmentId() == null ? "" : "dep-" + s.departmentId()));
        }
        for (StudentRow s : students.values()) {
            String id = userId(s.person());
            c.userOfStudent.put(s.studentId(), id);
            user(
                    c,
                    s.person(),
                    "student",
                    login(accounts.get(s.person().personId()), s.person()),
                    String.join(",", agentsOfStudent.getOrDefault(s.studentId(), List.of())),
                    c.college,
                    s.recordBookNumber(),
                    values(
                            META + "admittedOn",
                            s.admittedOn() == null ? "" : s.admittedOn().toString()));
        }
        for (ParentRow p : parents.values()) {
            if (staffPersons.contains(p.person().personId()) || !childrenOfParent.containsKey(p.parentId())) {
                continue;
            }
            Relation relation = links.stream()
                    .filter(l -> l.parentId().equals(p.parentId()))
                    .map(ParentLinkRow::relation)
                    .findFirst()
                    .orElse(Relation.OTHER);
            String role = switch (relation) {
                case MOTHER, FATHER -> "parent";
                case GUARDIAN -> "guardian";
                case OTHER -> "relative";
            };
            user(
                    c,
                    p.person(),
                    role,
                    login(accounts.get(p.person().personId()), p.person()),
                    String.join(",", childrenOfParent.get(p.parentId())),
                    c.college,
                    null,
                    Map.of());
        }
    }

    private static String login(AccountLoginRow account, PersonCard person) {
        return account != null ? account.login() : person.preferredLogin();
    }

    private static void user(
            Context c,
            PersonCard p,
            String role,
            String username,
            String agents,
            String org,
            String identifier,
            Map<String, String> metadata) {
        Map<String, String> v = values(
                "sourcedId",
                userId(p),
                "status",
                "active",
                "dateLastModified",
                c.now,
                "enabledUser",
                "true",
                "orgSourcedIds",
                org,
                "role",
                role,
                "username",
                username == null ? "" : username,
                "givenName",
                p.name().firstName(),
                "familyName",
                p.name().lastName(),
                "middleName",
                p.name().middleName(),
                "identifier",
                identifier,
                "email",
                p.email(),
                "phone",
                p.phone(),
                "agentSourcedIds",
                agents);
        v.putAll(metadata);
        c.users.add(row(OneRosterExport.USERS, v));
        c.demographics.add(row(
                OneRosterExport.DEMOGRAPHICS,
                values(
                        "sourcedId",
                        userId(p),
                        "status",
                        "active",
                        "dateLastModified",
                        c.now,
                        "birthDate",
                        p.birthDate() == null ? "" : p.birthDate().toString(),
                        "sex",
                        p.sex() == Sex.M ? "male" : "female")));
    }

    static String userId(PersonCard p) {
        return p.externalId() != null ? p.externalId() : "usr-" + p.personId();
    }
}
