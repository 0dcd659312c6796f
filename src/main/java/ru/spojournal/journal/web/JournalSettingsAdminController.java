package ru.spojournal.journal.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.journal.domain.JournalSettingsAdmin;
import ru.spojournal.journal.domain.SettingsList;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.web.FormOutcome;

/**
 * R14: the administrator's pages of the journal's lists (kinds of work with weights, lesson types,
 * reasons of absence): add, rename, re-weigh, archive. Nothing is deleted: records keep their entries.
 */
@Controller
class JournalSettingsAdminController {

    static final String BASE = "/admin/settings/{list}";

    private final JournalSettingsAdmin settings;

    JournalSettingsAdminController(JournalSettingsAdmin settings) {
        this.settings = settings;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping(BASE)
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String list,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model) {
        model.addAttribute("form", new SettingsEntryForm());
        return listPage(user, list(list), archived, model);
    }

    @PostMapping(BASE)
    String add(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String list,
            @Valid @ModelAttribute("form") SettingsEntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        SettingsList kind = list(list);
        if (FormOutcome.saved(errors, () -> settings.add(user.institutionId(), kind, form.edit()))) {
            flash.addFlashAttribute("notice", "settings.saved");
            return "redirect:/admin/settings/" + kind.slug();
        }
        return listPage(user, kind, false, model);
    }

    @GetMapping(BASE + "/{id}")
    String editForm(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String list, @PathVariable long id, Model model) {
        SettingsList kind = list(list);
        model.addAttribute("form", SettingsEntryForm.of(settings.entry(user.institutionId(), kind, id)));
        return entryPage(user, kind, id, model);
    }

    @PostMapping(BASE + "/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String list,
            @PathVariable long id,
            @Valid @ModelAttribute("form") SettingsEntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        SettingsList kind = list(list);
        settings.entry(user.institutionId(), kind, id);
        if (FormOutcome.saved(errors, () -> settings.edit(user.institutionId(), kind, id, form.edit()))) {
            flash.addFlashAttribute("notice", "settings.saved");
            return "redirect:/admin/settings/" + kind.slug();
        }
        return entryPage(user, kind, id, model);
    }

    @PostMapping(BASE + "/{id}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String list,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean archived,
            RedirectAttributes flash) {
        SettingsList kind = list(list);
        settings.archive(user.institutionId(), kind, id, archived);
        flash.addFlashAttribute("notice", archived ? "catalog.archived" : "catalog.restored");
        return "redirect:/admin/settings/" + kind.slug() + (archived ? "" : "?archived=true");
    }

    private static SettingsList list(String slug) {
        return SettingsList.ofSlug(slug).orElseThrow(() -> new NotFoundException("settings list"));
    }

    private String listPage(CurrentUser user, SettingsList kind, boolean archived, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("archived", archived);
        model.addAttribute("entries", settings.entries(user.institutionId(), kind, archived));
        return "journal/settings-list";
    }

    private String entryPage(CurrentUser user, SettingsList kind, long id, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("entry", settings.entry(user.institutionId(), kind, id));
        return "journal/settings-entry";
    }
}
