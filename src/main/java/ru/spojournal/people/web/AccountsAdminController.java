package ru.spojournal.people.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.spojournal.people.domain.AccountDetails;
import ru.spojournal.people.domain.AccountManagement;
import ru.spojournal.people.domain.AccountQuery;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;

/**
 * R14, R16: the administrator's list of the college's accounts (searched, sorted, paged) and the
 * page of one account with its profile, login, state and login history.
 */
@Controller
class AccountsAdminController {

    private final AccountManagement accounts;
    private final AccountPageModel page;
    private final AcademicCalendar calendar;

    AccountsAdminController(AccountManagement accounts, AccountPageModel page, AcademicCalendar calendar) {
        this.accounts = accounts;
        this.page = page;
        this.calendar = calendar;
    }

    @GetMapping("/admin/accounts")
    String list(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AccountQuery query = AccountQuery.of(q, role, sort, dir, page);
        model.addAttribute("query", query);
        model.addAttribute("result", accounts.find(admin.institutionId(), query));
        model.addAttribute(
                "roles",
                List.of(Role.values()).stream().filter(r -> r != Role.CURATOR).toList());
        model.addAttribute("zone", calendar.zone(admin.institutionId()));
        return "accounts/list";
    }

    @GetMapping("/admin/accounts/{id}")
    String account(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
        AccountDetails account = accounts.details(admin.institutionId(), id);
        return page.show(admin, account, ProfileForm.of(account), LoginForm.of(account.login()), model);
    }
}
