package ru.spojournal.exchange.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.exchange.domain.ImportJob;
import ru.spojournal.exchange.domain.ImportJobs;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;

/**
 * The job page: progress while the file is read, checked and applied (htmx polls the status
 * fragment every second until the job stops), then the report with every problem by row and
 * column, and the button that applies a file without errors. Another user's job answers 404.
 */
@Controller
class ImportJobController {

    private final ImportJobs jobs;

    ImportJobController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/exchange/jobs/{id}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id).view());
        return "exchange/job";
    }

    @GetMapping("/admin/exchange/jobs/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id).view());
        return "exchange/job :: status";
    }

    @PostMapping("/admin/exchange/jobs/{id}/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes flash) {
        if (!jobs.apply(job(user, id))) {
            flash.addFlashAttribute("applyError", "exchange.apply.notNow");
        }
        return "redirect:/admin/exchange/jobs/" + id;
    }

    private ImportJob job(CurrentUser user, String id) {
        return jobs.job(id, user).orElseThrow(() -> new NotFoundException("import job"));
    }
}
