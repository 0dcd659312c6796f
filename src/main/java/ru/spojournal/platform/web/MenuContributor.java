package ru.spojournal.platform.web;

import java.util.List;
import ru.spojournal.platform.security.CurrentUser;

/**
 * Each module declares its own menu entries per role. The menu is only a convenience: every page
 * checks its own rights on the server.
 */
public interface MenuContributor {

    List<MenuItem> menuFor(CurrentUser user);
}
