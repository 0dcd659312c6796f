package ru.spojournal.structure.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** One page that leads to every list of the college's structure (R14: the administrator opens the year). */
@Controller
class StructureHubController {

    static final String PATH = "/admin/structure";

    @GetMapping(PATH)
    String hub() {
        return "structure/hub";
    }
}
