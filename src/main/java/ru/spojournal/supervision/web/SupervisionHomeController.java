package ru.spojournal.supervision.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.DepartmentView;
import ru.spojournal.structure.GroupView;

/**
 * Homes of those who control the journals (R11–R13): a deputy sees every department, a head of
 * department only the departments they head.
 */
@Controller
class SupervisionHomeController {

    private final CollegeStructure structure;
    private final PeopleDirectory people;

    SupervisionHomeController(CollegeStructure structure, PeopleDirectory people) {
        this.structure = structure;
        this.people = people;
    }

    @GetMapping("/deputy")
    String deputy(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<DepartmentView> departments = structure.departments(user.institutionId());
        return page(model, departments, structure.groups(user.institutionId()), "deputy");
    }

    @GetMapping("/head")
    String head(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<DepartmentView> departments =
                user.staffId() == null ? List.of() : structure.departmentsHeadedBy(user.staffId());
        List<GroupView> groups = structure.groupsOfDepartments(
                departments.stream().map(DepartmentView::id).toList());
        return page(model, departments, groups, "head");
    }

    /** One page for both: a deputy sees all departments, a head only theirs; {@code role} picks the texts. */
    private String page(Model model, List<DepartmentView> departments, List<GroupView> groups, String role) {
        model.addAttribute("titleKey", role + ".title");
        model.addAttribute("noneKey", role + ".none");
        Collection<Long> groupIds = groups.stream().map(GroupView::id).toList();
        List<Long> staffIds = groups.stream()
                .map(GroupView::curatorStaffId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .collect(Collectors.toList());
        departments.stream()
                .map(DepartmentView::headStaffId)
                .filter(java.util.Objects::nonNull)
                .forEach(staffIds::add);
        Map<Long, StaffView> staff = people.staffByIds(staffIds).stream()
                .collect(Collectors.toMap(StaffView::id, Function.identity(), (a, b) -> a));
        model.addAttribute("departments", departments);
        model.addAttribute(
                "groupsByDepartment", groups.stream().collect(Collectors.groupingBy(GroupView::departmentId)));
        model.addAttribute("staff", staff);
        model.addAttribute("studentCounts", people.studentCounts(groupIds));
        return "supervision/home";
    }
}
