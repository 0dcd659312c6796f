package ru.spojournal.people.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.domain.AccountDetails;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;

/** The model of an account's page, shared by the page itself and the posts that re-show it with errors. */
@Component
class AccountPageModel {

    static final int HISTORY = 50;

    private final PeopleDirectory people;
    private final AcademicCalendar calendar;

    AccountPageModel(PeopleDirectory people, AcademicCalendar calendar) {
        this.people = people;
        this.calendar = calendar;
    }

    String show(CurrentUser admin, AccountDetails account, ProfileForm profile, LoginForm login, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("profile", profile);
        model.addAttribute("loginForm", login);
        model.addAttribute("logins", people.loginHistory(account.id(), HISTORY));
        model.addAttribute("zone", calendar.zone(admin.institutionId()));
        model.addAttribute("self", admin.accountId() == account.id());
        return "accounts/account";
    }
}
