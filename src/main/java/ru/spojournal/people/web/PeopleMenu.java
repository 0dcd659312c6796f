package ru.spojournal.people.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;

/** Menu entries of the people module: the administrator's desk and the curator's group. */
@Component
class PeopleMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.has(Role.ADMIN)) {
            items.add(new MenuItem("menu.admin", "/admin", 10));
        }
        if (user.has(Role.CURATOR)) {
            items.add(new MenuItem("menu.curator", "/curator", 40));
            items.add(new MenuItem("menu.curator.notices", "/curator/notices", 41));
        }
        return items;
    }
}
