package ru.spojournal.structure.web;

import org.springframework.ui.Model;
import ru.spojournal.structure.CatalogPage;
import ru.spojournal.structure.CatalogQuery;

/** The parameters every administrator's list takes, and what its template reads. */
final class Lists {

    private Lists() {}

    static CatalogQuery query(String q, String sort, String dir, int page, boolean archived) {
        return new CatalogQuery(q, sort, "desc".equals(dir), page, archived);
    }

    static void show(Model model, String base, CatalogQuery query, CatalogPage<?> result) {
        model.addAttribute("base", base);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
    }
}
