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
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.StaffChoices;
import ru.spojournal.structure.domain.GroupCatalog;

/**
 * R14: the administrator's list of groups (searched, sorted, paged) and a group's page, where its
 * details and curator are set and the group is archived. New groups are made by {@link StructureAdminController}.
 */
@Controller
@RequestMapping(GroupsAdminController.BASE)
class GroupsAdminController extends CatalogListController {

    static final String BASE = "/admin/groups";

    private final GroupCatalog catalog;
    private final CollegeStructure structure;
    private final StaffChoices staff;

    GroupsAdminController(GroupCatalog catalog, CollegeStructure structure, StaffChoices staff) {
        super(BASE, "structure/groups", GroupCatalog.GROUP_SORTS);
        this.catalog = catalog;
        this.structure = structure;
        this.staff = staff;
    }

    @Override
    Page<?> find(long institutionId, ListQuery query, boolean archived) {
        return catalog.groups(institutionId, query, archived);
    }

    @Override
    void archive(long institutionId, long id, boolean archived) {
        catalog.archiveGroup(institutionId, id, archived);
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", GroupForm.of(catalog.group(user.institutionId(), id)));
        return page(user, id, model);
    }

    @PostMapping("/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        catalog.group(user.institutionId(), id);
        if (FormOutcome.saved(errors, () -> catalog.editGroup(user.institutionId(), id, form.edit()))) {
            flash.addFlashAttribute("notice", "group.saved");
            return "redirect:" + BASE;
        }
        return page(user, id, model);
    }

    private String page(CurrentUser user, long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("archived", catalog.group(user.institutionId(), id).archived());
        model.addAttribute("specialties", structure.specialties(user.institutionId()));
        model.addAttribute("departments", structure.departments(user.institutionId()));
        model.addAttribute("staff", staff.staff(user.institutionId()));
        return "structure/group-form";
    }
}
