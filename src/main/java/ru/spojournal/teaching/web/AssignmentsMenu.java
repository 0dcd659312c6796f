package ru.spojournal.teaching.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.platform.web.MenuSection;

/** The administrator's teaching load. */
@Component
class AssignmentsMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        return user.has(Role.ADMIN)
                ? List.of(new MenuItem("menu.admin.assignments", "/admin/assignments", 17).in(MenuSection.STUDIES))
                : List.of();
    }
}
