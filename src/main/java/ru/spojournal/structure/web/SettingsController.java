package ru.spojournal.structure.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.FormOutcome;
import ru.spojournal.structure.domain.CollegeSettings;

/**
 * R14: the institution's settings page: its name and time zone here, and links to the journal's
 * lists (kinds of work, lesson types, reasons of absence), which the journal module keeps.
 */
@Controller
class SettingsController {

    static final String PATH = "/admin/settings";

    /** The zones of Russia offered as hints; any real zone is accepted. */
    private static final List<String> RUSSIAN_ZONES = List.of(
            "Europe/Kaliningrad",
            "Europe/Moscow",
            "Europe/Samara",
            "Asia/Yekaterinburg",
            "Asia/Omsk",
            "Asia/Novosibirsk",
            "Asia/Novokuznetsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Yakutsk",
            "Asia/Vladivostok",
            "Asia/Magadan",
            "Asia/Kamchatka");

    private final CollegeSettings settings;

    SettingsController(CollegeSettings settings) {
        this.settings = settings;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", InstitutionForm.of(settings.settings(user.institutionId())));
        return page(model);
    }

    @PostMapping(PATH)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") InstitutionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (FormOutcome.saved(errors, () -> settings.edit(user.institutionId(), form.edit()))) {
            flash.addFlashAttribute("notice", "institution.saved");
            return "redirect:" + PATH;
        }
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("zones", RUSSIAN_ZONES);
        return "structure/settings";
    }
}
