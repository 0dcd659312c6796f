package ru.spojournal.people.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.people.GuardianView;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/** The curator's home: the groups they curate, with students and their parents' contacts. */
@Controller
class CuratorHomeController {

    private final CollegeStructure structure;
    private final PeopleDirectory people;

    CuratorHomeController(CollegeStructure structure, PeopleDirectory people) {
        this.structure = structure;
        this.people = people;
    }

    @GetMapping("/curator")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<GroupView> groups = structure.groupsCuratedBy(user.staffId());
        List<StudentView> students =
                people.studentsOfGroups(groups.stream().map(GroupView::id).toList());
        Map<Long, List<GuardianView>> guardians =
                people.guardiansOf(students.stream().map(StudentView::id).toList()).stream()
                        .collect(Collectors.groupingBy(GuardianView::studentId));
        model.addAttribute("groups", groups);
        model.addAttribute("studentsByGroup", students.stream().collect(Collectors.groupingBy(StudentView::groupId)));
        model.addAttribute("guardians", guardians);
        return "people/curator-home";
    }
}
