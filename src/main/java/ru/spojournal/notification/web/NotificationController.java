package ru.spojournal.notification.web;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.notification.domain.NotificationKind;
import ru.spojournal.notification.domain.Notifications;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;

/** The account's inbox and its choice of what to hear of and how. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final AcademicCalendar calendar;

    NotificationController(Notifications notifications, AcademicCalendar calendar) {
        this.notifications = notifications;
        this.calendar = calendar;
    }

    @GetMapping("/notifications")
    String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("items", notifications.inbox(user.accountId(), 100));
        // Times are the college's: a parent reads "08:30" as the lesson's morning, not the server's UTC.
        model.addAttribute("zone", calendar.zone(user.institutionId()));
        return "notification/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String read(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String next) {
        notifications.markRead(user.accountId(), id);
        return "redirect:" + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.accountId());
        return "redirect:/notifications";
    }

    @GetMapping("/account/notifications")
    String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("chosen", notifications.preferences(user.accountId()));
        model.addAttribute("kinds", NotificationKind.values());
        return "notification/preferences";
    }

    @PostMapping("/account/notifications")
    String choose(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        for (NotificationKind kind : NotificationKind.values()) {
            String value = form.get(kind.name());
            if (value != null) {
                notifications.choose(user.accountId(), kind, NotificationKind.Delivery.valueOf(value));
            }
        }
        flash.addFlashAttribute("notice", "notification.preferences.saved");
        return "redirect:/account/notifications";
    }
}
