package ru.spojournal.supervision.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;

/** Control pages for deputies, the director and heads of department. */
@Component
class SupervisionMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.hasAny(Role.DEPUTY, Role.DIRECTOR)) {
            items.add(new MenuItem("menu.deputy", "/deputy", 20));
        }
        if (user.has(Role.DEPARTMENT_HEAD)) {
            items.add(new MenuItem("menu.head", "/head", 21));
        }
        return items;
    }
}
