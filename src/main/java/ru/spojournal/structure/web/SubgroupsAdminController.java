package ru.spojournal.structure.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.FormOutcome;
import ru.spojournal.structure.StaffChoices;
import ru.spojournal.structure.domain.GroupCatalog;
import ru.spojournal.structure.domain.SubgroupRow;

/**
 * R7: a group's subgroups, each recorded by its own teacher for its own students. The
 * administrator creates, renames and archives them and ticks which students are in which.
 */
@Controller
class SubgroupsAdminController {

    static final String BASE = "/admin/groups/{groupId}/subgroups";

    private final GroupCatalog catalog;
    private final StaffChoices people;

    SubgroupsAdminController(GroupCatalog catalog, StaffChoices people) {
        this.catalog = catalog;
        this.people = people;
    }

    @GetMapping(BASE)
    String subgroups(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model) {
        model.addAttribute("form", new SubgroupForm());
        return page(user, groupId, archived, model);
    }

    @PostMapping(BASE)
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @Valid @ModelAttribute("form") SubgroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (FormOutcome.saved(errors, () -> catalog.createSubgroup(user.institutionId(), groupId, form.getName()))) {
            flash.addFlashAttribute("notice", "subgroup.saved");
            return "redirect:" + path(groupId);
        }
        return page(user, groupId, false, model);
    }

    @PostMapping(BASE + "/members")
    String place(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @RequestParam(name = "m", required = false) List<String> pairs,
            Model model,
            RedirectAttributes flash) {
        try {
            catalog.placeStudents(user.institutionId(), groupId, pairs == null ? List.of() : pairs);
        } catch (FieldRejectedException e) {
            model.addAttribute("form", new SubgroupForm());
            model.addAttribute("membersError", e.messageKey());
            return page(user, groupId, false, model);
        }
        flash.addFlashAttribute("notice", "subgroup.members.saved");
        return "redirect:" + path(groupId);
    }

    @GetMapping(BASE + "/{subgroupId}")
    String renameForm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @PathVariable long subgroupId,
            Model model) {
        SubgroupRow row = row(user, groupId, subgroupId);
        SubgroupForm form = new SubgroupForm();
        form.setName(row.name());
        form.setVersion(row.version());
        model.addAttribute("form", form);
        return renamePage(user, groupId, row, model);
    }

    @PostMapping(BASE + "/{subgroupId}")
    String rename(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @PathVariable long subgroupId,
            @Valid @ModelAttribute("form") SubgroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        SubgroupRow row = row(user, groupId, subgroupId);
        if (FormOutcome.saved(
                errors,
                () -> catalog.renameSubgroup(
                        user.institutionId(), groupId, subgroupId, form.getName(), form.getVersion()))) {
            flash.addFlashAttribute("notice", "subgroup.saved");
            return "redirect:" + path(groupId);
        }
        return renamePage(user, groupId, row, model);
    }

    @PostMapping(BASE + "/{subgroupId}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @PathVariable long subgroupId,
            @RequestParam(defaultValue = "true") boolean archived,
            RedirectAttributes flash) {
        catalog.archiveSubgroup(user.institutionId(), groupId, subgroupId, archived);
        flash.addFlashAttribute("notice", archived ? "catalog.archived" : "catalog.restored");
        return "redirect:" + path(groupId) + (archived ? "" : "?archived=true");
    }

    private SubgroupRow row(CurrentUser user, long groupId, long subgroupId) {
        return catalog.subgroups(user.institutionId(), groupId, true).stream()
                .filter(s -> s.id() == subgroupId)
                .findFirst()
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("subgroup"));
    }

    private String page(CurrentUser user, long groupId, boolean archived, Model model) {
        model.addAttribute("group", catalog.group(user.institutionId(), groupId));
        model.addAttribute("subgroups", catalog.subgroups(user.institutionId(), groupId, archived));
        model.addAttribute("active", catalog.subgroups(user.institutionId(), groupId, false));
        model.addAttribute("students", people.studentsOfGroup(groupId));
        model.addAttribute("membership", catalog.membership(user.institutionId(), groupId));
        model.addAttribute("archived", archived);
        return "structure/subgroups";
    }

    private String renamePage(CurrentUser user, long groupId, SubgroupRow row, Model model) {
        model.addAttribute("group", catalog.group(user.institutionId(), groupId));
        model.addAttribute("subgroup", row);
        return "structure/subgroup-form";
    }

    private static String path(long groupId) {
        return BASE.replace("{groupId}", String.valueOf(groupId));
    }
}
