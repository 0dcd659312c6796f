package ru.spojournal.people.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.events.EventPublications;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;

/** The administrator's home: the college at a glance and the tasks of opening a year (R14). */
@Controller
class AdminHomeController {

    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final EventPublications events;

    AdminHomeController(
            CollegeStructure structure, AcademicCalendar calendar, PeopleDirectory people, EventPublications events) {
        this.events = events;
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        long inst = user.institutionId();
        model.addAttribute("institution", structure.institution(inst));
        model.addAttribute("groupCount", structure.groupCount(inst));
        model.addAttribute("studentCount", people.studentCount(inst));
        model.addAttribute("staffCount", people.staffCount(inst));
        model.addAttribute("accountCount", people.accountCount(inst));
        model.addAttribute("terms", calendar.terms(inst));
        model.addAttribute("departments", structure.departments(inst));
        model.addAttribute("events", events.backlog());
        return "people/admin-home";
    }
}
