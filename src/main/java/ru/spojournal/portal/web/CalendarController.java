package ru.spojournal.portal.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.spojournal.people.AccountUsers;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.portal.domain.CalendarFeeds;
import ru.spojournal.portal.domain.FeedWriter;

/**
 * A personal calendar feed (iCalendar) of the schedule and homework, for phone calendars. The
 * address carries a secret instead of a session; the owner can renew it, which kills the old one.
 */
@Controller
class CalendarController {

    private final CalendarFeeds feeds;
    private final AccountUsers users;
    private final FeedWriter writer;

    CalendarController(CalendarFeeds feeds, AccountUsers users, FeedWriter writer) {
        this.feeds = feeds;
        this.users = users;
        this.writer = writer;
    }

    @GetMapping("/account/calendar")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(
                "feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/calendar/{token}.ics")
                        .buildAndExpand(feeds.tokenOf(user))
                        .toUriString());
        return "portal/calendar";
    }

    @PostMapping("/account/calendar/renew")
    String renew(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        feeds.renew(user);
        flash.addFlashAttribute("notice", "calendar.renewed");
        return "redirect:/account/calendar";
    }

    @GetMapping(value = "/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CurrentUser owner = feeds.accountOf(token).flatMap(users::of).orElseThrow(() -> new NotFoundException("feed"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "private, max-age=900")
                .body(writer.write(owner));
    }
}
