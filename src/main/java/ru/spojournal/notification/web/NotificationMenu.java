package ru.spojournal.notification.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.notification.domain.Notifications;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;

/** The inbox, with the number of unread messages. */
@Component
class NotificationMenu implements MenuContributor {

    private final Notifications notifications;

    NotificationMenu(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<MenuItem> menuFor(CurrentUser user) {
        return List.of(
                new MenuItem("menu.notifications", "/notifications", 90, notifications.unread(user.accountId())));
    }
}
