package ru.spojournal.exchange.domain;

import static ru.spojournal.exchange.domain.OneRosterExport.META;
import static ru.spojournal.exchange.domain.OneRosterPackage.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.spojournal.exchange.domain.Entries.AssignmentEntry;
import ru.spojournal.exchange.domain.Entries.GroupEntry;
import ru.spojournal.exchange.domain.Entries.SubjectEntry;
import ru.spojournal.exchange.domain.Entries.SubjectName;
import ru.spojournal.exchange.domain.OneRosterPackage.Row;
import ru.spojournal.structure.SubjectKind;

/**
 * Classes and enrollments of a OneRoster package: a homeroom class is a group (its course is
 * the specialty, its teacher the curator), a scheduled class a teaching assignment. Every
 * enrollment must point at a class and a user of the package and agree with the user's role: a
 * teacher enrolled as a student is an error, as is a student in two homerooms.
 */
final class OneRosterClasses {

    static final Set<String> STAFF = Set.of(
            "teacher", "administrator", "aide", "proctor", "siteadministrator", "systemadministrator", "principal");
    static final Set<String> PARENTS = Set.of("parent", "guardian", "relative");

    private final OneRosterModel model;
    private final ImportBatch batch;
    private final Problems problems;
    private final OneRosterUsers users;
    private final Map<String, Row> classes = new LinkedHashMap<>();
    private final Map<String, List<String>> homeroomsOfStudent = new HashMap<>();
    private final Map<String, List<String>> students = new HashMap<>();
    private final Map<String, String> teacherOfClass = new HashMap<>();

    OneRosterClasses(OneRosterModel model, ImportBatch batch, Problems problems) {
        this.model = model;
        this.batch = batch;
        this.problems = problems;
        this.users = new OneRosterUsers(model, batch, problems);
    }

    void read() {
        users.read();
        for (Row r : model.rows(csv("classes"), problems, "sourcedId", "title", "classType", "courseSourcedId")) {
            classes.put(r.get("sourcedId"), r);
        }
        enrollments();
        subjects();
        problems.inFile(csv("classes"));
        batch.groupsFile = csv("classes");
        batch.assignmentsFile = csv("classes");
        classes.values().forEach(r -> {
            if (homeroom(r)) {
                group(r);
            } else {
                assignments(r);
            }
        });
        users.students(homeroomsOfStudent, this::groupName, this::subgroupsOf);
    }

    private static boolean homeroom(Row r) {
        return r.get("classType").equalsIgnoreCase("homeroom");
    }

    private void enrollments() {
        for (Row r : model.rows(csv("enrollments"), problems, "classSourcedId", "userSourcedId", "role")) {
            String classId = r.get("classSourcedId");
            String userId = r.get("userSourcedId");
            String role = r.get("role").toLowerCase(Locale.ROOT);
            Row c = classes.get(classId);
            String userRole = users.role(userId);
            if (model.deleted.contains(classId) || model.deleted.contains(userId)) {
                problems.warning(
                        new At(r.number(), "classSourcedId"),
                        "exchange.oneroster.deletedRef",
                        model.deleted.contains(classId) ? classId : userId);
            } else if (c == null) {
                problems.error(new At(r.number(), "classSourcedId"), "exchange.oneroster.orphanClass", classId);
            } else if (userRole == null) {
                problems.error(new At(r.number(), "userSourcedId"), "exchange.oneroster.orphanUser", userId);
            } else if (role.equals("student") && !userRole.equals("student")) {
                problems.error(new At(r.number(), "role"), "exchange.oneroster.notAStudent", userId, userRole);
            } else if (role.equals("teacher") && !STAFF.contains(userRole)) {
                problems.error(new At(r.number(), "role"), "exchange.oneroster.notATeacher", userId, userRole);
            } else if (role.equals("student")) {
                students.computeIfAbsent(classId, k -> new ArrayList<>()).add(userId);
                if (homeroom(c)) {
                    homeroomsOfStudent
                            .computeIfAbsent(userId, k -> new ArrayList<>())
                            .add(classId);
                }
            } else if (role.equals("teacher")) {
                boolean primary = r.get("primary").equalsIgnoreCase("true");
                if (primary || !teacherOfClass.containsKey(classId)) {
                    teacherOfClass.put(classId, userId);
                }
            } else {
                problems.warning(new At(r.number(), "role"), "exchange.oneroster.enrollmentRole", r.get("role"));
            }
        }
    }

    /** Every course that is not a homeroom's specialty is a subject; metadata says МДК or ПМ. */
    private void subjects() {
        Set<String> specialties = new LinkedHashSet<>();
        classes.values().stream()
                .filter(OneRosterClasses::homeroom)
                .forEach(c -> specialties.add(c.get("courseSourcedId")));
        problems.inFile(csv("courses"));
        batch.subjectsFile = csv("courses");
        for (Row course : model.courses.values()) {
            String kind = course.get(META + "kind");
            if (kind.equals("SPECIALTY") || specialties.contains(course.get("sourcedId"))) {
                continue;
            }
            Row parent = model.courses.get(course.get(META + "parentCourse"));
            SubjectKind k = java.util.Arrays.stream(SubjectKind.values())
                    .filter(v -> v.name().equals(kind))
                    .findFirst()
                    .orElse(SubjectKind.DISCIPLINE);
            batch.subjects.add(new SubjectEntry(
                    new Src(course.number(), Map.of("moduleCode", META + "parentCourse", "subjectKind", META + "kind")),
                    subjectName(course, parent),
                    k,
                    null,
                    null,
                    null,
                    null));
        }
    }

    private static SubjectName subjectName(Row course, Row parent) {
        return new SubjectName(
                code(course),
                course.get("title"),
                parent == null ? null : code(parent),
                parent == null ? null : parent.get("title"));
    }

    private static String code(Row course) {
        return course.get("courseCode").isEmpty() ? course.get("sourcedId") : course.get("courseCode");
    }

    /** The course a class names, or an error: a class without its course cannot be placed. */
    private Row course(Row c) {
        String id = c.get("courseSourcedId");
        Row course = model.courses.get(id);
        if (course == null) {
            problems.error(
                    new At(c.number(), "courseSourcedId"),
                    id.isEmpty() ? "exchange.oneroster.noCourse" : "exchange.oneroster.orphanCourse",
                    id);
        }
        return course;
    }

    private void group(Row c) {
        Row course = course(c);
        String department = department(c);
        if (course == null || department == null) {
            return;
        }
        String courseNumber = c.get(META + "course");
        String admission = c.get(META + "admissionYear");
        if (!courseNumber.matches("[1-6]") || !admission.matches("\\d{4}")) {
            problems.warning(new At(c.number(), META + "course"), "exchange.oneroster.groupDefaults", c.get("title"));
        }
        int year = admission.matches("\\d{4}") ? Integer.parseInt(admission) : firstTermYear(c);
        batch.groups.add(new GroupEntry(
                new Src(
                        c.number(),
                        Map.of(
                                "groupName",
                                "title",
                                "specialtyCode",
                                "courseSourcedId",
                                "department",
                                META + "department",
                                "curatorExternalId",
                                "sourcedId")),
                c.get("sourcedId"),
                groupName(c.get("sourcedId")),
                code(course),
                course.get("title"),
                blank(course.get(META + "qualification")),
                department,
                courseNumber.matches("[1-6]") ? Integer.parseInt(courseNumber) : 1,
                year,
                null,
                teacherOfClass.get(c.get("sourcedId"))));
    }

    private String department(Row c) {
        String named = c.get(META + "department");
        if (model.departments.containsKey(named)) {
            return model.departments.get(named);
        }
        if (model.departments.containsKey(c.get("schoolSourcedId"))) {
            return model.departments.get(c.get("schoolSourcedId"));
        }
        if (model.departments.size() == 1) {
            return model.departments.values().iterator().next();
        }
        problems.error(new At(c.number(), "schoolSourcedId"), "exchange.oneroster.noDepartment", c.get("title"));
        return null;
    }

    private int firstTermYear(Row c) {
        for (String term : c.get("termSourcedIds").split(",")) {
            String[] t = model.terms.get(term.strip());
            if (t != null) {
                return Integer.parseInt(t[0].substring(0, 4));
            }
        }
        return LocalDate.now().getYear();
    }

    String groupName(String homeroomId) {
        Row c = classes.get(homeroomId);
        if (c == null) {
            return null;
        }
        return c.get("title").isEmpty() ? c.get("classCode") : c.get("title");
    }

    /** The subgroups a student is in: scheduled classes of a subgroup (metadata) that enrol the student. */
    List<String> subgroupsOf(String studentId) {
        Set<String> names = new LinkedHashSet<>();
        classes.values().stream()
                .filter(c -> !homeroom(c) && !c.get(META + "subgroup").isEmpty())
                .filter(c ->
                        students.getOrDefault(c.get("sourcedId"), List.of()).contains(studentId))
                .forEach(c -> names.add(c.get(META + "subgroup")));
        return List.copyOf(names);
    }

    private void assignments(Row c) {
        Row course = course(c);
        String group = assignmentGroup(c);
        String teacher = teacherOfClass.get(c.get("sourcedId"));
        if (teacher == null) {
            problems.error(new At(c.number(), "sourcedId"), "exchange.oneroster.noTeacher", c.get("title"));
        }
        if (course == null || group == null || teacher == null) {
            return;
        }
        String hours = c.get(META + "hours");
        Row parent = model.courses.get(course.get(META + "parentCourse"));
        for (String termId : c.get("termSourcedIds").split(",")) {
            String[] term = model.terms.get(termId.strip());
            if (term == null) {
                problems.error(new At(c.number(), "termSourcedIds"), "exchange.oneroster.orphanTerm", termId.strip());
                continue;
            }
            batch.assignments.add(new AssignmentEntry(
                    new Src(
                            c.number(),
                            Map.of(
                                    "teacherExternalId",
                                    "sourcedId",
                                    "group",
                                    META + "group",
                                    "subgroup",
                                    META + "subgroup",
                                    "subjectCode",
                                    "courseSourcedId",
                                    "termNumber",
                                    "termSourcedIds")),
                    null,
                    teacher,
                    groupName(group),
                    group,
                    blank(c.get(META + "subgroup")),
                    subjectName(course, parent),
                    term[0],
                    Integer.parseInt(term[1]),
                    hours.matches("\\d+") ? Integer.parseInt(hours) : 0));
        }
    }

    /** The class's group: named in metadata, or the one homeroom all its students share. */
    private String assignmentGroup(Row c) {
        String named = c.get(META + "group");
        if (!named.isEmpty() && classes.containsKey(named)) {
            return named;
        }
        Set<String> homerooms = new LinkedHashSet<>();
        students.getOrDefault(c.get("sourcedId"), List.of())
                .forEach(s -> homerooms.addAll(homeroomsOfStudent.getOrDefault(s, List.of())));
        if (homerooms.size() == 1) {
            return homerooms.iterator().next();
        }
        problems.error(new At(c.number(), "sourcedId"), "exchange.oneroster.noGroup", c.get("title"));
        return null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
