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

/** R14: the academic years and their terms; their names and dates are edited here, new terms at /admin/terms/new. */
@Controller
class CalendarAdminController {

    static final String TERMS = "/admin/terms";

    private final CalendarAdmin calendar;

    CalendarAdminController(CalendarAdmin calendar) {
        this.calendar = calendar;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping(TERMS)
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("years", calendar.years(user.institutionId()));
        model.addAttribute("terms", calendar.terms(user.institutionId()));
        return "structure/terms";
    }

    @GetMapping(TERMS + "/{id}")
    String termForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", DatesForm.of(calendar.term(user.institutionId(), id)));
        return datesPage(model, "term", TERMS + "/" + id);
    }

    @PostMapping(TERMS + "/{id}")
    String editTerm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") DatesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        calendar.term(user.institutionId(), id);
        if (FormOutcome.saved(errors, () -> calendar.editTerm(user.institutionId(), id, form.edit()))) {
            flash.addFlashAttribute("notice", "dates.saved");
            return "redirect:" + TERMS;
        }
        return datesPage(model, "term", TERMS + "/" + id);
    }

    @GetMapping("/admin/years/new")
    String yearForm(Model model) {
        model.addAttribute("form", new DatesForm());
        return datesPage(model, "yearNew", "/admin/years/new");
    }

    @PostMapping("/admin/years/new")
    String createYear(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") DatesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (FormOutcome.saved(errors, () -> calendar.createYear(user.institutionId(), form.edit()))) {
            flash.addFlashAttribute("notice", "dates.saved");
            return "redirect:" + TERMS;
        }
        return datesPage(model, "yearNew", "/admin/years/new");
    }

    @GetMapping("/admin/years/{id}")
    String editYearForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", DatesForm.of(calendar.year(user.institutionId(), id)));
        return datesPage(model, "year", "/admin/years/" + id);
    }

    @PostMapping("/admin/years/{id}")
    String editYear(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") DatesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        calendar.year(user.institutionId(), id);
        if (FormOutcome.saved(errors, () -> calendar.editYear(user.institutionId(), id, form.edit()))) {
            flash.addFlashAttribute("notice", "dates.saved");
            return "redirect:" + TERMS;
        }
        return datesPage(model, "year", "/admin/years/" + id);
    }

    private static String datesPage(Model model, String kind, String action) {
        model.addAttribute("kind", kind);
        model.addAttribute("action", action);
        return "structure/dates-form";
    }
}
