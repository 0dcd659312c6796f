package ru.spojournal.portal.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;

/** The student's and the parent's pages. */
@Component
class PortalMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.has(Role.STUDENT)) {
            items.add(new MenuItem("menu.student", "/student", 50));
        }
        if (user.has(Role.PARENT)) {
            items.add(new MenuItem("menu.parent", "/parent", 51));
        }
        return items;
    }
}
