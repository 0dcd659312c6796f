package ru.spojournal.journal.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.journal.domain.JournalSummary;
import ru.spojournal.journal.domain.MyJournals;
import ru.spojournal.journal.domain.TodayLessons;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;

/** The teacher's home: "my journals" of the current term and what was recorded today (R2, R5). */
@Controller
class TeacherHomeController {

    private final MyJournals journals;
    private final AcademicCalendar calendar;
    private final CollegeStructure structure;
    private final TodayLessons todayLessons;

    TeacherHomeController(
            MyJournals journals, AcademicCalendar calendar, CollegeStructure structure, TodayLessons todayLessons) {
        this.todayLessons = todayLessons;
        this.journals = journals;
        this.calendar = calendar;
        this.structure = structure;
    }

    @GetMapping("/teacher")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<JournalSummary> mine = journals.of(user);
        model.addAttribute("term", calendar.currentTerm(user.institutionId()).orElse(null));
        java.time.LocalDate today = calendar.today(user.institutionId());
        model.addAttribute("today", today);
        model.addAttribute("lessonsToday", todayLessons.of(user, today));
        model.addAttribute("journals", mine);
        model.addAttribute(
                "recordedToday", mine.stream().filter(j -> j.lessonsToday() > 0).toList());
        model.addAttribute("curated", user.staffId() == null ? List.of() : structure.groupsCuratedBy(user.staffId()));
        return "journal/teacher-home";
    }
}
