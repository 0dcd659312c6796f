package ru.spojournal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.journal.StudentRecords.StudentAbsence;
import ru.spojournal.journal.StudentRecords.StudentHomework;
import ru.spojournal.journal.StudentRecords.StudentMark;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.portal.domain.ChildView;
import ru.spojournal.portal.domain.FamilyPolicy;
import ru.spojournal.portal.domain.HomeworkTicks;
import ru.spojournal.portal.domain.PortalScope;

/**
 * The pages of a student (R9) and of a parent (R10, with a switch between children): home, marks,
 * attendance, schedule and homework. The same pages serve both; which student is shown is decided
 * by {@link PortalScope} from the signed-in account.
 */
@Controller
class PortalController {

    private final PortalScope scope;
    private final StudentRecords records;
    private final HomeworkTicks ticks;
    private final ScheduleView schedule;

    PortalController(PortalScope scope, StudentRecords records, HomeworkTicks ticks, ScheduleView schedule) {
        this.scope = scope;
        this.records = records;
        this.ticks = ticks;
        this.schedule = schedule;
    }

    @GetMapping({"/student", "/parent"})
    String home(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long child,
            HttpServletRequest request,
            Model model) {
        ChildView c = common(user, child, request, model, FamilyPolicy.Section.HOME);
        long inst = user.institutionId();
        LocalDate today = c.today();
        model.addAttribute("days", c.left() ? List.of() : schedule.days(inst, c, today, today.plusDays(1)));
        model.addAttribute(
                "latestMarks",
                records.marks(inst, c.student().id(), c.journalIds()).stream()
                        .limit(6)
                        .toList());
        model.addAttribute(
                "homeworkSoon",
                c.left()
                        ? List.of()
                        : records.homework(c.student().id(), c.journalIds(), today).stream()
                                .filter(h -> !h.forDay().isAfter(today.plusDays(7)))
                                .limit(6)
                                .toList());
        model.addAttribute(
                "month",
                MonthSummary.of(
                        records.absences(inst, c.student().id(), c.journalIds(), today.withDayOfMonth(1), today)));
        return "portal/home";
    }

    @GetMapping({"/student/marks", "/parent/marks"})
    String marks(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long child,
            HttpServletRequest request,
            Model model) {
        ChildView c = common(user, child, request, model, FamilyPolicy.Section.MARKS);
        List<StudentMark> all = records.marks(user.institutionId(), c.student().id(), c.journalIds());
        Map<Long, List<StudentMark>> byJournal = all.stream().collect(Collectors.groupingBy(StudentMark::assignmentId));
        model.addAttribute("marksByJournal", byJournal);
        model.addAttribute(
                "averages",
                byJournal.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> String.valueOf(StudentRecords.average(e.getValue())))));
        model.addAttribute("exempt", records.exemptIn(c.student().id(), c.journalIds()));
        return "portal/marks";
    }

    @GetMapping({"/student/attendance", "/parent/attendance"})
    String attendance(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long child,
            HttpServletRequest request,
            Model model) {
        ChildView c = common(user, child, request, model, FamilyPolicy.Section.ATTENDANCE);
        LocalDate from = c.term() == null ? c.today().minusMonths(4) : c.term().startDate();
        List<StudentAbsence> absences =
                records.absences(user.institutionId(), c.student().id(), c.journalIds(), from, c.today());
        model.addAttribute("absences", absences);
        model.addAttribute("summary", MonthSummary.of(absences));
        return "portal/attendance";
    }

    @GetMapping({"/student/schedule", "/parent/schedule"})
    String week(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long child,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            HttpServletRequest request,
            Model model) {
        ChildView c = common(user, child, request, model, FamilyPolicy.Section.SCHEDULE);
        LocalDate monday = (week == null ? c.today() : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("monday", monday);
        model.addAttribute("days", schedule.days(user.institutionId(), c, monday, monday.plusDays(5)));
        return "portal/schedule";
    }

    @GetMapping({"/student/homework", "/parent/homework"})
    String homework(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long child,
            HttpServletRequest request,
            Model model) {
        ChildView c = common(user, child, request, model, FamilyPolicy.Section.HOMEWORK);
        List<StudentHomework> list =
                records.homework(c.student().id(), c.journalIds(), c.today().minusDays(7));
        model.addAttribute("homework", list);
        boolean own =
                user.studentId() != null && user.studentId().equals(c.student().id());
        model.addAttribute("canTick", own);
        model.addAttribute(
                "done",
                own
                        ? ticks.doneOf(
                                c.student().id(),
                                list.stream().map(StudentHomework::homeworkId).toList())
                        : java.util.Set.of());
        return "portal/homework";
    }

    @PostMapping("/student/homework/{homeworkId}/done")
    String tick(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long homeworkId,
            @RequestParam(defaultValue = "true") boolean done) {
        ticks.tick(user, homeworkId, done);
        return "redirect:/student/homework";
    }

    private ChildView common(
            CurrentUser user, Long child, HttpServletRequest request, Model model, FamilyPolicy.Section section) {
        ChildView c =
                scope.child(user, request.getRequestURI().startsWith("/student") ? user.studentId() : child, section);
        model.addAttribute("child", c);
        model.addAttribute("children", scope.visibleStudents(user));
        model.addAttribute("base", request.getRequestURI().startsWith("/student") ? "/student" : "/parent");
        model.addAttribute("path", request.getRequestURI());
        return c;
    }
}
