package ru.spojournal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.portal.domain.AbsenceNotices;
import ru.spojournal.portal.domain.ChildView;
import ru.spojournal.portal.domain.FamilyPolicy;
import ru.spojournal.portal.domain.PortalScope;

/** R19: a parent tells the curator why a child was absent, and sees the answer. */
@Controller
class NoticeController {

    private final PortalScope scope;
    private final AbsenceNotices notices;
    private final JournalSettings settings;

    NoticeController(PortalScope scope, AbsenceNotices notices, JournalSettings settings) {
        this.scope = scope;
        this.notices = notices;
        this.settings = settings;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "studentId");
    }

    @GetMapping("/parent/notices")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long child,
            HttpServletRequest request,
            Model model) {
        NoticeForm form = new NoticeForm();
        ChildView c = scope.child(user, child, FamilyPolicy.Section.NOTICES);
        form.setFrom(c.today());
        form.setTo(c.today());
        model.addAttribute("form", form);
        return page(user, c, request, model);
    }

    @PostMapping("/parent/notices")
    String submit(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam Long child,
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        ChildView c = scope.child(user, child, FamilyPolicy.Section.NOTICES);
        if (!errors.hasErrors()) {
            try {
                boolean hasFile = form.getFile() != null && !form.getFile().isEmpty();
                notices.submit(
                        user,
                        new AbsenceNotices.Submission(
                                c.student().id(),
                                form.getFrom(),
                                form.getTo(),
                                form.getReasonCode(),
                                form.getComment(),
                                hasFile ? form.getFile().getOriginalFilename() : null,
                                hasFile ? form.getFile().getContentType() : null,
                                hasFile ? form.getFile().getBytes() : null));
                flash.addFlashAttribute("notice", "notice.sent");
                return "redirect:/parent/notices?child=" + c.student().id();
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return page(user, c, request, model);
    }

    private String page(CurrentUser user, ChildView c, HttpServletRequest request, Model model) {
        model.addAttribute("child", c);
        model.addAttribute("children", scope.visibleStudents(user));
        model.addAttribute("base", "/parent");
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("notices", notices.ofStudents(List.of(c.student().id())));
        model.addAttribute(
                "reasons",
                settings.activeAbsenceReasons(user.institutionId()).stream()
                        .filter(r -> r.excused())
                        .toList());
        model.addAttribute(
                "reasonNames",
                settings.absenceReasons(user.institutionId()).stream()
                        .collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> r.name())));
        return "portal/notices";
    }
}
