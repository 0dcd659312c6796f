package ru.spojournal.people.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.platform.web.MenuSection;

/** Menu entries of accounts and credentials: the administrator's lists, the curator's slips. */
@Component
class AccountsMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.has(Role.ADMIN)) {
            items.add(new MenuItem("menu.accounts.list", "/admin/accounts", 12).in(MenuSection.PEOPLE));
            items.add(
                    new MenuItem("menu.accounts.credentials", CredentialsController.ADMIN, 13).in(MenuSection.PEOPLE));
        }
        if (user.has(Role.CURATOR)) {
            items.add(new MenuItem("menu.accounts.curatorCredentials", CredentialsController.CURATOR, 42));
        }
        return items;
    }
}
