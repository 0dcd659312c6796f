package ru.spojournal.teaching.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/** The teacher's home: the journals of the current term, one per teaching assignment (R2, R8). */
@Controller
class TeacherHomeController {

    private final TeachingLoad load;
    private final AcademicCalendar calendar;
    private final CollegeStructure structure;

    TeacherHomeController(TeachingLoad load, AcademicCalendar calendar, CollegeStructure structure) {
        this.load = load;
        this.calendar = calendar;
        this.structure = structure;
    }

    @GetMapping("/teacher")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        TermView term = calendar.currentTerm(user.institutionId()).orElse(null);
        List<AssignmentView> assignments =
                term == null || user.staffId() == null ? List.of() : load.ofTeacher(user.staffId(), term.id());
        Map<Long, GroupView> groups = structure.groupsByIds(ids(assignments, AssignmentView::groupId)).stream()
                .collect(Collectors.toMap(GroupView::id, Function.identity()));
        Map<Long, SubjectView> subjects = structure.subjectsByIds(ids(assignments, AssignmentView::subjectId)).stream()
                .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Map<Long, SubgroupView> subgroups = structure.subgroupsByIds(ids(assignments, AssignmentView::subgroupId))
                .stream()
                .collect(Collectors.toMap(SubgroupView::id, Function.identity()));
        List<JournalRow> rows = assignments.stream()
                .map(a -> new JournalRow(a.id(), groups.get(a.groupId()), subgroups.get(a.subgroupId()),
                        subjects.get(a.subjectId()), a.plannedHours()))
                .sorted(Comparator.comparing((JournalRow r) -> r.group().name()).thenComparing(r -> r.subject().code()))
                .toList();
        model.addAttribute("term", term);
        model.addAttribute("journals", rows);
        model.addAttribute("curated", user.staffId() == null ? List.of() : structure.groupsCuratedBy(user.staffId()));
        return "teaching/teacher-home";
    }

    private static List<Long> ids(List<AssignmentView> assignments, Function<AssignmentView, Long> id) {
        return assignments.stream().map(id).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** One line of "my journals". */
    record JournalRow(Long assignmentId, GroupView group, SubgroupView subgroup, SubjectView subject, int hours) {}
}
