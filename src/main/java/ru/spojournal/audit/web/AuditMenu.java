package ru.spojournal.audit.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.platform.web.MenuSection;

/** The audit log and the reactions to changes in the administrator's menu. */
@Component
class AuditMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        return user.has(Role.ADMIN)
                ? List.of(
                        new MenuItem("menu.audit", "/admin/audit", 14).in(MenuSection.SYSTEM),
                        new MenuItem("menu.events", "/admin/events", 15).in(MenuSection.SYSTEM))
                : List.of();
    }
}
