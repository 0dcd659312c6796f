package ru.spojournal.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;

/** The user's own account: profile, roles, login history (R16) and the password change. */
@Controller
class AccountController {

    private final PeopleDirectory people;
    private final AccountAdmin accounts;
    private final AcademicCalendar calendar;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(PeopleDirectory people, AccountAdmin accounts, AcademicCalendar calendar) {
        this.people = people;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("logins", people.loginHistory(user.accountId(), 30));
        model.addAttribute("zone", calendar.zone(user.institutionId()));
        return "people/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("forced", user.mustChangePassword());
        return "people/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!errors.hasErrors() && !form.getNewPassword().equals(form.getRepeatPassword())) {
            errors.rejectValue("repeatPassword", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword());
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("forced", user.mustChangePassword());
            return "people/password";
        }
        user.passwordChanged();
        contexts.saveContext(SecurityContextHolder.getContext(), request, response);
        flash.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
