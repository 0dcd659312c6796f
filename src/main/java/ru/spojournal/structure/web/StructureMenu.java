package ru.spojournal.structure.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.platform.web.MenuSection;

/**
 * The administrator's structure pages behind one menu entry, and the settings behind another: its hub page links to departments,
 * specialties, subjects and curricula, groups, the academic year and the bells, so that the menu
 * stays short.
 */
@Component
class StructureMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        return user.has(Role.ADMIN)
                ? List.of(
                        new MenuItem("menu.admin.structure", StructureHubController.PATH, 11).in(MenuSection.STUDIES),
                        new MenuItem("menu.admin.settings", SettingsController.PATH, 15).in(MenuSection.SYSTEM))
                : List.of();
    }
}
