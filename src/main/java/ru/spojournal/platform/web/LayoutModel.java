package ru.spojournal.platform.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.spojournal.platform.security.CurrentUser;

/** Puts the signed-in user's menu into every page's model for the shared layout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<MenuContributor> contributors;

    LayoutModel(List<MenuContributor> contributors) {
        this.contributors = contributors;
    }

    @ModelAttribute("menu")
    List<MenuEntry> menu(@AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        return MenuEntry.of(
                contributors.stream().flatMap(c -> c.menuFor(user).stream()).toList());
    }
}
