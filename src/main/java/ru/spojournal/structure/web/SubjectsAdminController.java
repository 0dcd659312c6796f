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
import ru.spojournal.structure.CatalogQuery;
import ru.spojournal.structure.SubjectCatalog;
import ru.spojournal.structure.SubjectKind;

/** R14: the administrator's list of дисциплины, МДК, ПМ and практики; create, edit, archive. */
@Controller
class SubjectsAdminController {

    static final String BASE = "/admin/subjects";

    private final SubjectCatalog catalog;

    SubjectsAdminController(SubjectCatalog catalog) {
        this.catalog = catalog;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping(BASE)
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model) {
        CatalogQuery query = Lists.query(q, sort, dir, page, archived).sortedBy(SubjectCatalog.SUBJECT_SORTS);
        Lists.show(model, BASE, query, catalog.subjects(user.institutionId(), query));
        return "structure/subjects";
    }

    @GetMapping(BASE + "/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new SubjectForm());
        return page(user, null, model);
    }

    @PostMapping(BASE + "/new")
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

    @GetMapping(BASE + "/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", SubjectForm.of(catalog.subject(user.institutionId(), id)));
        return page(user, id, model);
    }

    @PostMapping(BASE + "/{id}")
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

    @PostMapping(BASE + "/{id}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean archived,
            RedirectAttributes flash) {
        catalog.archiveSubject(user.institutionId(), id, archived);
        flash.addFlashAttribute("notice", archived ? "catalog.archived" : "catalog.restored");
        return "redirect:" + BASE + (archived ? "" : "?archived=true");
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
