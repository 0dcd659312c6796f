package ru.spojournal.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.events.EventPublicationMaintenance;
import ru.spojournal.platform.events.EventPublications;
import ru.spojournal.platform.events.ResubmissionPolicy;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;

/**
 * The administrator's view of the reactions to changes (notifications, alerts, history): how many
 * wait, which failed and how often they were tried, and a way to try the failed ones again at once.
 */
@Controller
class EventsController {

    private static final int SHOWN = 100;

    private final EventPublications publications;
    private final EventPublicationMaintenance maintenance;
    private final ResubmissionPolicy policy;
    private final AcademicCalendar calendar;

    EventsController(
            EventPublications publications,
            EventPublicationMaintenance maintenance,
            ResubmissionPolicy policy,
            AcademicCalendar calendar) {
        this.publications = publications;
        this.maintenance = maintenance;
        this.policy = policy;
        this.calendar = calendar;
    }

    @GetMapping("/admin/events")
    String page(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("backlog", publications.backlog());
        model.addAttribute("failed", publications.failed(SHOWN));
        model.addAttribute("policy", policy);
        model.addAttribute("zone", calendar.zone(admin.institutionId()));
        return "audit/events";
    }

    @PostMapping("/admin/events/resubmit")
    String resubmit(RedirectAttributes redirect) {
        maintenance.resubmitAllNow();
        redirect.addFlashAttribute("notice", "events.resubmitted");
        return "redirect:/admin/events";
    }
}
