package ru.spojournal.structure.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.FormOutcome;
import ru.spojournal.structure.domain.CalendarAdmin;

/**
 * R14: the bells, the times of the пары. Rows without a weekday hold on every day that has no rows
 * of its own, so a shorter Saturday needs only its own rows.
 */
@Controller
class BellsAdminController {

    static final String BASE = "/admin/bells";

    private final CalendarAdmin calendar;

    BellsAdminController(CalendarAdmin calendar) {
        this.calendar = calendar;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping(BASE)
    String bells(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new PeriodForm());
        return page(user, model);
    }

    @PostMapping(BASE)
    String add(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") PeriodForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (form.getBellScheduleId() == null) {
            errors.rejectValue("bellScheduleId", "period.schedule.required");
        }
        if (form.getNumber() == null) {
            errors.rejectValue("number", "period.number.required");
        }
        if (FormOutcome.saved(errors, () -> calendar.addPeriod(user.institutionId(), form.edit()))) {
            flash.addFlashAttribute("notice", "period.saved");
            return "redirect:" + BASE;
        }
        return page(user, model);
    }

    @GetMapping(BASE + "/periods/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", PeriodForm.of(calendar.period(user.institutionId(), id)));
        model.addAttribute("period", calendar.period(user.institutionId(), id));
        return "structure/period-form";
    }

    @PostMapping(BASE + "/periods/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PeriodForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("period", calendar.period(user.institutionId(), id));
        if (FormOutcome.saved(errors, () -> calendar.editPeriod(user.institutionId(), id, form.edit()))) {
            flash.addFlashAttribute("notice", "period.saved");
            return "redirect:" + BASE;
        }
        return "structure/period-form";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("schedules", calendar.bells(user.institutionId()));
        return "structure/bells";
    }
}
