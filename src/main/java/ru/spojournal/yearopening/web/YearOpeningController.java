package ru.spojournal.yearopening.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.SpecialtyView;
import ru.spojournal.yearopening.domain.YearOpening;

/**
 * The wizard «Открыть новый учебный год»: the proposed plan with its preview, a recount after
 * edits, and the opening itself. A refused opening shows why and has changed nothing.
 */
@Controller
class YearOpeningController {

    private final YearOpening opening;
    private final CollegeStructure structure;

    YearOpeningController(YearOpening opening, CollegeStructure structure) {
        this.opening = opening;
        this.structure = structure;
    }

    @GetMapping("/admin/year-opening")
    String wizard(@AuthenticationPrincipal CurrentUser user, Model model) {
        YearOpeningForm form;
        try {
            form = YearOpeningForm.of(opening.propose(user.institutionId()));
        } catch (FieldRejectedException e) {
            model.addAttribute("noYear", e.messageKey());
            return "yearopening/wizard";
        }
        model.addAttribute("form", form);
        return page(user, form, null, model);
    }

    @PostMapping("/admin/year-opening/preview")
    String recount(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") YearOpeningForm form,
            BindingResult errors,
            Model model) {
        RequiredFields.check(form, errors);
        return page(user, form, errors, model);
    }

    @PostMapping("/admin/year-opening")
    String open(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") YearOpeningForm form,
            BindingResult errors,
            Model model) {
        RequiredFields.check(form, errors);
        if (errors.hasErrors()) {
            return page(user, form, errors, model);
        }
        try {
            model.addAttribute("result", opening.open(user.institutionId(), form.plan(), user.accountId()));
            return "yearopening/done";
        } catch (FieldRejectedException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        } catch (DataIntegrityViolationException e) {
            errors.reject("yearOpening.failed.conflict");
        }
        model.addAttribute("openFailed", true);
        return page(user, form, errors, model);
    }

    /** The wizard with its preview; a plan with an empty or unreadable field is shown without one. */
    private String page(CurrentUser user, YearOpeningForm form, BindingResult errors, Model model) {
        Map<Long, SpecialtyView> specialties = structure.specialties(user.institutionId()).stream()
                .collect(Collectors.toMap(SpecialtyView::id, Function.identity()));
        model.addAttribute("specialties", specialties);
        if (errors == null || !errors.hasFieldErrors()) {
            model.addAttribute("preview", opening.preview(user.institutionId(), form.plan()));
        }
        return "yearopening/wizard";
    }
}
