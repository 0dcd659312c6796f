package ru.spojournal.platform.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import ru.spojournal.platform.security.CurrentUser;

/** The root sends each user to the home page of their main role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:" + user.primaryRole().homePath();
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
