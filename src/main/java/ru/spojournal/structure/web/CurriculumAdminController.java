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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.FormOutcome;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.StructureCatalog;
import ru.spojournal.structure.domain.CurriculumLine;
import ru.spojournal.structure.domain.SubjectCatalog;

/**
 * R14, R22: a specialty's учебный план, one row per subject and semester with planned hours and
 * the form of attestation. Rows are archived, not deleted: delivered hours are checked against them.
 */
@Controller
class CurriculumAdminController {

    static final String BASE = "/admin/specialties/{specialtyId}/curriculum";

    private final SubjectCatalog subjects;
    private final StructureCatalog catalog;

    CurriculumAdminController(SubjectCatalog subjects, StructureCatalog catalog) {
        this.subjects = subjects;
        this.catalog = catalog;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping(BASE)
    String plan(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long specialtyId,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model) {
        model.addAttribute("form", new CurriculumForm());
        return page(user, specialtyId, archived, model);
    }

    @PostMapping(BASE)
    String add(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long specialtyId,
            @Valid @ModelAttribute("form") CurriculumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (form.getSubjectId() == null) {
            errors.rejectValue("subjectId", "curriculum.subject.required");
        }
        if (form.getSemester() == null) {
            errors.rejectValue("semester", "curriculum.semester.required");
        }
        if (FormOutcome.saved(
                errors, () -> subjects.addCurriculumRow(user.institutionId(), specialtyId, form.edit()))) {
            flash.addFlashAttribute("notice", "curriculum.saved");
            return "redirect:" + path(specialtyId);
        }
        return page(user, specialtyId, false, model);
    }

    @GetMapping(BASE + "/{rowId}")
    String editForm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long specialtyId,
            @PathVariable long rowId,
            Model model) {
        model.addAttribute("form", CurriculumForm.of(line(user, specialtyId, rowId)));
        return rowPage(user, specialtyId, rowId, model);
    }

    @PostMapping(BASE + "/{rowId}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long specialtyId,
            @PathVariable long rowId,
            @Valid @ModelAttribute("form") CurriculumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        line(user, specialtyId, rowId);
        if (FormOutcome.saved(
                errors, () -> subjects.editCurriculumRow(user.institutionId(), specialtyId, rowId, form.edit()))) {
            flash.addFlashAttribute("notice", "curriculum.saved");
            return "redirect:" + path(specialtyId);
        }
        return rowPage(user, specialtyId, rowId, model);
    }

    @PostMapping(BASE + "/{rowId}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long specialtyId,
            @PathVariable long rowId,
            @RequestParam(defaultValue = "true") boolean archived,
            RedirectAttributes flash) {
        subjects.archiveCurriculumRow(user.institutionId(), specialtyId, rowId, archived);
        flash.addFlashAttribute("notice", archived ? "catalog.archived" : "catalog.restored");
        return "redirect:" + path(specialtyId) + (archived ? "" : "?archived=true");
    }

    private CurriculumLine line(CurrentUser user, long specialtyId, long rowId) {
        return subjects.curriculum(user.institutionId(), specialtyId, true).stream()
                .filter(l -> l.id() == rowId)
                .findFirst()
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("curriculumRow"));
    }

    private String page(CurrentUser user, long specialtyId, boolean archived, Model model) {
        model.addAttribute("specialty", catalog.specialty(user.institutionId(), specialtyId));
        model.addAttribute("lines", subjects.curriculum(user.institutionId(), specialtyId, archived));
        model.addAttribute("archived", archived);
        model.addAttribute("subjects", subjects.activeSubjects(user.institutionId()));
        model.addAttribute("forms", AttestationForm.values());
        return "structure/curriculum";
    }

    private String rowPage(CurrentUser user, long specialtyId, long rowId, Model model) {
        model.addAttribute("specialty", catalog.specialty(user.institutionId(), specialtyId));
        model.addAttribute("line", line(user, specialtyId, rowId));
        model.addAttribute("forms", AttestationForm.values());
        return "structure/curriculum-row";
    }

    private static String path(long specialtyId) {
        return BASE.replace("{specialtyId}", String.valueOf(specialtyId));
    }
}
