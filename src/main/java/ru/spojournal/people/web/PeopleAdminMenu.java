package ru.spojournal.people.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.platform.web.MenuSection;

/** The administrator's lists of people. */
@Component
class PeopleAdminMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(
                new MenuItem("menu.admin.staff", "/admin/staff", 14).in(MenuSection.PEOPLE),
                new MenuItem("menu.admin.students", "/admin/students", 15).in(MenuSection.PEOPLE),
                new MenuItem("menu.admin.parents", "/admin/parents", 16).in(MenuSection.PEOPLE));
    }
}
