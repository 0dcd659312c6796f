package ru.spojournal.exchange.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.platform.web.MenuSection;

/** R14: the administrator imports and exports lists. */
@Component
class ExchangeMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        return user.has(Role.ADMIN)
                ? List.of(new MenuItem("menu.admin.exchange", "/admin/exchange", 13).in(MenuSection.SYSTEM))
                : List.of();
    }
}
