package ru.spojournal.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.people.domain.AccountManagement;
import ru.spojournal.people.domain.CredentialSlip;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;

/**
 * R14: what the administrator does to an account: correct the profile and the login, reset the
 * password (the new one-time password is shown once, on the answer page or as a one-slip PDF),
 * block and unblock. Each posts and redirects back, except the password, which is never stored to
 * be shown after a redirect.
 */
@Controller
class AccountActionsController {

    private final AccountManagement accounts;
    private final AccountPageModel page;
    private final CredentialSlipsPdf pdf;
    private final SiteAddress site;

    AccountActionsController(
            AccountManagement accounts, AccountPageModel page, CredentialSlipsPdf pdf, SiteAddress site) {
        this.accounts = accounts;
        this.page = page;
        this.pdf = pdf;
        this.site = site;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping("/admin/accounts/{id}/profile")
    String profile(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                accounts.editProfile(admin, id, form.edit());
                flash.addFlashAttribute("notice", "accounts.profile.saved");
                return "redirect:/admin/accounts/" + id;
            } catch (ConflictException e) {
                errors.reject("accounts.profile.conflict");
            }
        }
        var account = accounts.details(admin.institutionId(), id);
        return page.show(admin, account, form, LoginForm.of(account.login()), model);
    }

    @PostMapping("/admin/accounts/{id}/login")
    String login(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("loginForm") LoginForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                accounts.changeLogin(admin, id, form.getLogin());
                flash.addFlashAttribute("notice", "accounts.login.saved");
                return "redirect:/admin/accounts/" + id;
            } catch (FieldRejectedException e) {
                errors.rejectValue("login", e.messageKey(), e.arguments(), null);
            }
        }
        var account = accounts.details(admin.institutionId(), id);
        return page.show(admin, account, ProfileForm.of(account), form, model);
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            Model model,
            HttpServletResponse response) {
        CredentialSlip slip = accounts.resetPassword(admin, id, s -> s);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("slip", slip);
        model.addAttribute("accountId", id);
        return "accounts/password-issued";
    }

    @PostMapping("/admin/accounts/{id}/password-slip")
    Object resetPasswordSlip(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
        String address = site.current();
        byte[] file = accounts.resetPassword(
                admin, id, slip -> pdf.print(java.util.List.of(slip), address, LocaleContextHolder.getLocale()));
        return PdfResponses.attachment(file, "credentials-account-" + id + ".pdf");
    }

    @PostMapping("/admin/accounts/{id}/block")
    String block(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes flash) {
        try {
            accounts.block(admin, id);
            flash.addFlashAttribute("notice", "accounts.blocked");
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/unblock")
    String unblock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes flash) {
        accounts.unblock(admin, id);
        flash.addFlashAttribute("notice", "accounts.unblocked");
        return "redirect:/admin/accounts/" + id;
    }
}
