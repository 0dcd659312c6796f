package ru.spojournal.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/**
 * Homes of students (R9) and parents (R10). The student is taken from the signed-in account and
 * the children from the parent's links, never from the request.
 */
@Controller
class PortalHomeController {

    private final PeopleDirectory people;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final TeachingLoad load;

    PortalHomeController(PeopleDirectory people, CollegeStructure structure, AcademicCalendar calendar,
            TeachingLoad load) {
        this.people = people;
        this.structure = structure;
        this.calendar = calendar;
        this.load = load;
    }

    @GetMapping("/student")
    String student(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<StudentView> self = user.studentId() == null ? List.of() : people.studentsByIds(List.of(user.studentId()));
        addChildren(user, self, model);
        return "portal/student-home";
    }

    @GetMapping("/parent")
    String parent(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<StudentView> children =
                user.parentId() == null ? List.of() : people.studentsByIds(people.childrenOf(user.parentId()));
        addChildren(user, children, model);
        return "portal/parent-home";
    }

    private void addChildren(CurrentUser user, List<StudentView> students, Model model) {
        Map<Long, GroupView> groups = structure.groupsByIds(students.stream().map(StudentView::groupId).toList())
                .stream()
                .collect(Collectors.toMap(GroupView::id, Function.identity()));
        TermView term = calendar.currentTerm(user.institutionId()).orElse(null);
        List<AssignmentView> assignments = term == null ? List.of() : load.ofGroups(groups.keySet(), term.id());
        Map<Long, SubjectView> subjects = structure.subjectsByIds(
                        assignments.stream().map(AssignmentView::subjectId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        List<Long> staffIds = assignments.stream().map(AssignmentView::teacherStaffId).collect(Collectors.toList());
        groups.values().stream().map(GroupView::curatorStaffId).filter(Objects::nonNull).forEach(staffIds::add);
        Map<Long, StaffView> staff = people.staffByIds(staffIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(StaffView::id, Function.identity()));
        model.addAttribute("students", students);
        model.addAttribute("groups", groups);
        model.addAttribute("term", term);
        model.addAttribute("assignmentsByGroup", assignments.stream()
                .filter(a -> a.subgroupId() == null)
                .collect(Collectors.groupingBy(AssignmentView::groupId)));
        model.addAttribute("subjects", subjects);
        model.addAttribute("staff", staff);
    }
}
