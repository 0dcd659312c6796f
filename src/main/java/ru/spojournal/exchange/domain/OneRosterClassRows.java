package ru.spojournal.exchange.domain;

import static ru.spojournal.exchange.domain.OneRosterExport.META;
import static ru.spojournal.exchange.domain.OneRosterExport.row;
import static ru.spojournal.exchange.domain.OneRosterExport.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.exchange.domain.OneRosterRoster.Context;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupRow;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/**
 * Classes and enrollments of the OneRoster export: a homeroom class per group (its students, and
 * its curator as the primary teacher) and a scheduled class per teaching assignment (its teacher,
 * and the students of the group or of the subgroup).
 */
@Component
@Transactional(readOnly = true)
class OneRosterClassRows {

    private final CollegeStructure structure;
    private final PeopleDirectory people;
    private final TeachingLoad teaching;

    OneRosterClassRows(CollegeStructure structure, PeopleDirectory people, TeachingLoad teaching) {
        this.structure = structure;
        this.people = people;
        this.teaching = teaching;
    }

    void classes(long institutionId, Context c) {
        Map<Long, String> homeroom = new HashMap<>();
        Map<Long, List<Long>> studentsOfGroup = new HashMap<>();
        people.studentRows(institutionId).stream()
                .filter(s -> s.status() == StudentStatus.STUDYING)
                .forEach(s -> studentsOfGroup
                        .computeIfAbsent(s.groupId(), g -> new ArrayList<>())
                        .add(s.studentId()));
        Map<Long, String> groupNames = new HashMap<>();
        for (GroupRow g : structure.groupRows(institutionId)) {
            String id = g.externalId() != null ? g.externalId() : "grp-" + g.id();
            homeroom.put(g.id(), id);
            groupNames.put(g.id(), g.name());
            c.classes.add(row(
                    OneRosterExport.CLASSES,
                    values(
                            "sourcedId",
                            id,
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "title",
                            g.name(),
                            "courseSourcedId",
                            c.specialtyCourse.get(g.specialtyId()),
                            "classCode",
                            g.name(),
                            "classType",
                            "homeroom",
                            "schoolSourcedId",
                            c.college,
                            "termSourcedIds",
                            String.join(",", c.yearTerms),
                            META + "department",
                            "dep-" + g.departmentId(),
                            META + "course",
                            String.valueOf(g.course()),
                            META + "admissionYear",
                            String.valueOf(g.admissionYear()))));
            if (g.curatorStaffId() != null && c.userOfStaff.containsKey(g.curatorStaffId())) {
                enroll(c, id, c.userOfStaff.get(g.curatorStaffId()), "teacher", true);
            }
            for (Long s : studentsOfGroup.getOrDefault(g.id(), List.of())) {
                enroll(c, id, c.userOfStudent.get(s), "student", false);
            }
        }
        Map<Long, SubgroupView> subgroups =
                structure.subgroupsOf(institutionId).stream().collect(Collectors.toMap(SubgroupView::id, s -> s));
        Map<Long, List<Long>> members = new HashMap<>();
        structure
                .subgroupMembersOf(institutionId)
                .forEach(m -> members.computeIfAbsent(m.subgroupId(), k -> new ArrayList<>())
                        .add(m.studentId()));
        Map<Long, SubjectView> subjects =
                structure.subjects(institutionId).stream().collect(Collectors.toMap(SubjectView::id, s -> s));
        for (AssignmentView a : teaching.currentOf(institutionId)) {
            if (!homeroom.containsKey(a.groupId())) {
                continue;
            }
            SubgroupView subgroup = a.subgroupId() == null ? null : subgroups.get(a.subgroupId());
            SubjectView subject = subjects.get(a.subjectId());
            String id = "cls-" + a.id();
            String group = groupNames.get(a.groupId());
            c.classes.add(row(
                    OneRosterExport.CLASSES,
                    values(
                            "sourcedId",
                            id,
                            "status",
                            "active",
                            "dateLastModified",
                            c.now,
                            "title",
                            subject.title() + " — " + group + (subgroup == null ? "" : ", " + subgroup.name()),
                            "courseSourcedId",
                            "crs-" + a.subjectId(),
                            "classCode",
                            group + "/" + subject.code() + (subgroup == null ? "" : "/" + subgroup.name()),
                            "classType",
                            "scheduled",
                            "schoolSourcedId",
                            c.college,
                            "termSourcedIds",
                            "term-" + a.termId(),
                            META + "group",
                            homeroom.get(a.groupId()),
                            META + "subgroup",
                            subgroup == null ? "" : subgroup.name(),
                            META + "hours",
                            String.valueOf(a.plannedHours()))));
            if (c.userOfStaff.containsKey(a.teacherStaffId())) {
                enroll(c, id, c.userOfStaff.get(a.teacherStaffId()), "teacher", true);
            }
            List<Long> learners = subgroup == null
                    ? studentsOfGroup.getOrDefault(a.groupId(), List.of())
                    : members.getOrDefault(subgroup.id(), List.of());
            for (Long s : learners) {
                if (c.userOfStudent.containsKey(s)) {
                    enroll(c, id, c.userOfStudent.get(s), "student", false);
                }
            }
        }
    }

    private static void enroll(Context c, String classId, String userId, String role, boolean primary) {
        c.enrollments.add(row(
                OneRosterExport.ENROLLMENTS,
                values(
                        "sourcedId",
                        "enr-" + classId + "-" + userId,
                        "status",
                        "active",
                        "dateLastModified",
                        c.now,
                        "classSourcedId",
                        classId,
                        "schoolSourcedId",
                        c.college,
                        "userSourcedId",
                        userId,
                        "role",
                        role,
                        "primary",
                        String.valueOf(primary))));
    }
}
