package ru.spojournal.people.web;

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
import ru.spojournal.people.StaffCard;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.people.domain.AccountManagement;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;

/**
 * R14: the administrator's list of staff (searched, sorted, paged, current or dismissed), the
 * page of one member of staff with the link to their account, and create, edit, archive.
 */
@Controller
class StaffAdminController {

    private final StaffRecords staff;
    private final AccountManagement accounts;

    StaffAdminController(StaffRecords staff, AccountManagement accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/staff")
    String list(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model) {
        ListQuery query = ListQuery.of(q, sort, dir, page, StaffRecords.SORTS);
        model.addAttribute("query", query);
        model.addAttribute("archived", archived);
        model.addAttribute("result", staff.find(admin.institutionId(), query, archived));
        return "people/staff-list";
    }

    @GetMapping("/admin/staff/new")
    String newForm(Model model) {
        model.addAttribute("form", new StaffForm());
        return "people/staff-new";
    }

    @PostMapping("/admin/staff/new")
    String create(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "people/staff-new";
        }
        long id = staff.create(
                admin.institutionId(), form.person(), form.getPosition().strip());
        flash.addFlashAttribute("notice", "staff.created");
        return "redirect:/admin/staff/" + id;
    }

    @GetMapping("/admin/staff/{id}")
    String card(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
        StaffCard card = staff.card(admin.institutionId(), id);
        model.addAttribute("form", StaffForm.of(card));
        return show(card, model);
    }

    @PostMapping("/admin/staff/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                staff.edit(
                        admin.institutionId(),
                        id,
                        form.person(),
                        form.getPosition().strip(),
                        form.getVersion(),
                        form.getPersonVersion());
                flash.addFlashAttribute("notice", "staff.saved");
                return "redirect:/admin/staff/" + id;
            } catch (ConflictException e) {
                errors.reject("people.conflict");
            }
        }
        return show(staff.card(admin.institutionId(), id), model);
    }

    @PostMapping("/admin/staff/{id}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes flash) {
        return archived(() -> staff.archive(admin.institutionId(), id, version), id, "staff.archived", flash);
    }

    @PostMapping("/admin/staff/{id}/restore")
    String restore(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes flash) {
        return archived(() -> staff.restore(admin.institutionId(), id, version), id, "staff.restored", flash);
    }

    /** Creates the account of a member of staff recorded without one; the password is shown once. */
    @PostMapping("/admin/staff/{id}/account")
    String createAccount(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model, RedirectAttributes flash) {
        try {
            model.addAttribute("issued", accounts.createForStaff(admin, staff.card(admin.institutionId(), id)));
            return "people/account-issued";
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            return "redirect:/admin/staff/" + id;
        }
    }

    private String archived(Runnable action, long id, String notice, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", "people.conflict");
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/staff/" + id;
    }

    private String show(StaffCard card, Model model) {
        model.addAttribute("card", card);
        return "people/staff";
    }
}
