package ru.spojournal.structure.web;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.FormOutcome;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.structure.domain.SubjectCatalog;

/** R14: the administrator's list of дисциплины, МДК, ПМ and практики; create, edit, archive. */
@Controller
@RequestMapping(SubjectsAdminController.BASE)
class SubjectsAdminController extends CatalogListController {

    static final String BASE = "/admin/subjects";

    private final SubjectCatalog catalog;

    SubjectsAdminController(SubjectCatalog catalog) {
        super(BASE, "structure/subjects", SubjectCatalog.SUBJECT_SORTS);
        this.catalog = catalog;
    }

    @Override
    Page<?> find(long institutionId, ListQuery query, boolean archived) {
        return catalog.subjects(institutionId, query, archived);
    }

    @Override
    void archive(long institutionId, long id, boolean archived) {
        catalog.archiveSubject(institutionId, id, archived);
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new SubjectForm());
        return page(user, null, model);
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") SubjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (FormOutcome.saved(errors, () -> catalog.createSubject(user.institutionId(), form.edit()))) {
            flash.addFlashAttribute("notice", "subject.saved");
            return "redirect:" + BASE;
        }
        return page(user, null, model);
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", SubjectForm.of(catalog.subject(user.institutionId(), id)));
        return page(user, id, model);
    }

    @PostMapping("/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") SubjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        catalog.subject(user.institutionId(), id);
        if (FormOutcome.saved(errors, () -> catalog.editSubject(user.institutionId(), id, form.edit()))) {
            flash.addFlashAttribute("notice", "subject.saved");
            return "redirect:" + BASE;
        }
        return page(user, id, model);
    }

    private String page(CurrentUser user, Long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute(
                "archived",
                id != null && catalog.subject(user.institutionId(), id).archived());
        model.addAttribute("modules", catalog.modules(user.institutionId()));
        model.addAttribute("kinds", SubjectKind.values());
        return "structure/subject-form";
    }
}
