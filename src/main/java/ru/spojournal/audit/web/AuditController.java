package ru.spojournal.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.spojournal.audit.domain.AuditEntryView;
import ru.spojournal.audit.domain.AuditKind;
import ru.spojournal.audit.domain.AuditLog;
import ru.spojournal.audit.domain.AuditQuery;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;

/** R17: the administrator reads the audit log of the college, filtered by days, actor and kind. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final PeopleDirectory people;
    private final AcademicCalendar calendar;

    AuditController(AuditLog audit, PeopleDirectory people, AcademicCalendar calendar) {
        this.audit = audit;
        this.people = people;
        this.calendar = calendar;
    }

    @GetMapping("/admin/audit")
    String log(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditQuery query = new AuditQuery(from, to, actor, kind, page);
        Page<AuditEntryView> result = audit.find(admin.institutionId(), query);
        List<Long> actors = new ArrayList<>();
        result.getContent().stream()
                .map(AuditEntryView::actorAccountId)
                .filter(id -> id != null)
                .forEach(actors::add);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("actorNames", people.accountNames(actors));
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("zone", calendar.zone(admin.institutionId()));
        return "audit/log";
    }
}
