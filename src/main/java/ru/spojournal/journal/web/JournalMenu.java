package ru.spojournal.journal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;

/** The teacher's journals. */
@Component
class JournalMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        return user.has(Role.TEACHER) ? List.of(new MenuItem("menu.teacher", "/teacher", 30)) : List.of();
    }
}
