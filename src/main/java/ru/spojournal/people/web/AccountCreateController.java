package ru.spojournal.people.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import ru.spojournal.people.PeopleCommands.IssuedCredentials;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.domain.AccountManagement;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;

/**
 * R14: the administrator creates a staff member's account. The one-time password is shown on the
 * answer page once and is not kept anywhere in clear.
 */
@Controller
class AccountCreateController {

    static final List<Role> STAFF_ROLES =
            List.of(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.DEPUTY, Role.DIRECTOR, Role.ADMIN);

    private final AccountManagement staffAccounts;

    AccountCreateController(AccountManagement staffAccounts) {
        this.staffAccounts = staffAccounts;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("staffRoles")
    List<Role> staffRoles() {
        return STAFF_ROLES;
    }

    @GetMapping("/admin/accounts/new")
    String form(Model model) {
        model.addAttribute("form", new AccountForm());
        return "people/account-new";
    }

    @PostMapping("/admin/accounts/new")
    String create(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            return "people/account-new";
        }
        try {
            IssuedCredentials issued = staffAccounts.createStaff(
                    admin,
                    new PersonName(
                            form.getLastName().strip(),
                            form.getFirstName().strip(),
                            form.getMiddleName() == null
                                    ? null
                                    : form.getMiddleName().strip()),
                    form.getSex(),
                    form.getPosition().strip(),
                    form.getLogin(),
                    form.getRoles());
            model.addAttribute("issued", issued);
            return "people/account-issued";
        } catch (FieldRejectedException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            return "people/account-new";
        }
    }
}
