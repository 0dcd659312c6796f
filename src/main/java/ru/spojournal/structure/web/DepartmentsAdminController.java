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
import ru.spojournal.structure.StaffChoices;
import ru.spojournal.structure.StructureCatalog;

/** R14: the administrator's list of отделения with their heads; create, edit, archive. */
@Controller
@RequestMapping(DepartmentsAdminController.BASE)
class DepartmentsAdminController extends CatalogListController {

    static final String BASE = "/admin/departments";

    private final StructureCatalog catalog;
    private final StaffChoices staff;

    DepartmentsAdminController(StructureCatalog catalog, StaffChoices staff) {
        super(BASE, "structure/departments", StructureCatalog.DEPARTMENT_SORTS);
        this.catalog = catalog;
        this.staff = staff;
    }

    @Override
    Page<?> find(long institutionId, ListQuery query, boolean archived) {
        return catalog.departments(institutionId, query, archived);
    }

    @Override
    void archive(long institutionId, long id, boolean archived) {
        catalog.archiveDepartment(institutionId, id, archived);
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new DepartmentForm());
        return page(user, null, model);
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (FormOutcome.saved(errors, () -> catalog.createDepartment(user.institutionId(), form.edit()))) {
            flash.addFlashAttribute("notice", "department.saved");
            return "redirect:" + BASE;
        }
        return page(user, null, model);
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", DepartmentForm.of(catalog.department(user.institutionId(), id)));
        return page(user, id, model);
    }

    @PostMapping("/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        catalog.department(user.institutionId(), id);
        if (FormOutcome.saved(errors, () -> catalog.editDepartment(user.institutionId(), id, form.edit()))) {
            flash.addFlashAttribute("notice", "department.saved");
            return "redirect:" + BASE;
        }
        return page(user, id, model);
    }

    private String page(CurrentUser user, Long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute(
                "archived",
                id != null && catalog.department(user.institutionId(), id).archived());
        model.addAttribute("staff", staff.staff(user.institutionId()));
        return "structure/department-form";
    }
}
