package ru.spojournal.teaching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;

/**
 * Gives assignments the names of their term, group, subgroup, subject and teacher: one read of
 * each kind for any number of assignments, so that a list costs the same for ten rows or a thousand.
 */
@Component
class AssignmentNames {

    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;

    AssignmentNames(CollegeStructure structure, AcademicCalendar calendar, PeopleDirectory people) {
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
    }

    List<AssignmentRow> rows(long institutionId, Collection<TeachingAssignment> assignments) {
        List<AssignmentView> views =
                assignments.stream().map(TeachingAssignment::view).toList();
        Map<Long, String> terms =
                byId(calendar.terms(institutionId), TermView::id, t -> t.academicYearName() + ", " + t.name());
        Map<Long, String> groups = byId(structure.groups(institutionId), GroupView::id, GroupView::name);
        Map<Long, String> subgroups = byId(structure.subgroupsOf(institutionId), SubgroupView::id, SubgroupView::name);
        Map<Long, String> subjects = byId(
                structure.subjectsByIds(
                        views.stream().map(AssignmentView::subjectId).collect(Collectors.toSet())),
                SubjectView::id,
                SubjectView::title);
        Map<Long, String> teachers = byId(
                people.staffByIds(
                        views.stream().map(AssignmentView::teacherStaffId).collect(Collectors.toSet())),
                StaffView::id,
                s -> s.name().initials());
        return assignments.stream()
                .map(a -> {
                    AssignmentView v = a.view();
                    return new AssignmentRow(
                            v.id(),
                            a.getVersion(),
                            v.termId(),
                            terms.getOrDefault(v.termId(), "—"),
                            v.groupId(),
                            groups.getOrDefault(v.groupId(), "—"),
                            v.subgroupId(),
                            v.subgroupId() == null ? null : subgroups.getOrDefault(v.subgroupId(), "—"),
                            v.subjectId(),
                            subjects.getOrDefault(v.subjectId(), "—"),
                            v.teacherStaffId(),
                            teachers.getOrDefault(v.teacherStaffId(), "—"),
                            v.plannedHours(),
                            a.isArchived());
                })
                .toList();
    }

    private static <T> Map<Long, String> byId(Collection<T> items, Function<T, Long> id, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(id, name, (a, b) -> a));
    }
}
