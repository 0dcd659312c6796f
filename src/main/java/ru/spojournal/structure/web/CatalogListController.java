package ru.spojournal.structure.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.security.CurrentUser;

/**
 * What every list of the college's structure does the same way (R14): the searched, sorted and
 * paged list with its "показать архивные" switch, and archiving or bringing back a row. A list
 * maps its class to its address and says only how to find and archive its rows.
 */
abstract class CatalogListController {

    private final String base;
    private final String view;
    private final List<String> sorts;

    CatalogListController(String base, String view, List<String> sorts) {
        this.base = base;
        this.view = view;
        this.sorts = sorts;
    }

    abstract Page<?> find(long institutionId, ListQuery query, boolean archived);

    abstract void archive(long institutionId, long id, boolean archived);

    /** The id comes from the address, never from a posted form. */
    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean archived,
            Model model) {
        ListQuery query = ListQuery.of(q, sort, dir, page, sorts);
        model.addAttribute("base", base);
        model.addAttribute("query", query);
        model.addAttribute("archived", archived);
        model.addAttribute("result", find(user.institutionId(), query, archived));
        return view;
    }

    @PostMapping("/{id}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean archived,
            RedirectAttributes flash) {
        archive(user.institutionId(), id, archived);
        flash.addFlashAttribute("notice", archived ? "catalog.archived" : "catalog.restored");
        return "redirect:" + base + (archived ? "" : "?archived=true");
    }

    String base() {
        return base;
    }
}
