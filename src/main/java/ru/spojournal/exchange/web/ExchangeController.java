package ru.spojournal.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.exchange.domain.FileFormat;
import ru.spojournal.exchange.domain.ImportJob;
import ru.spojournal.exchange.domain.ImportJobs;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ListFiles;
import ru.spojournal.exchange.domain.OneRosterFiles;
import ru.spojournal.platform.security.CurrentUser;

/**
 * R14: the administrator downloads templates, exports lists and the whole college (OneRoster),
 * and uploads files to import. An upload is only stored and queued here; reading and checking
 * run in the background and the job page shows their progress.
 */
@Controller
class ExchangeController {

    /** R17, 152-ФЗ: who took which list of personal data out of the system, and when. */
    private static final org.slf4j.Logger exports = org.slf4j.LoggerFactory.getLogger(ExchangeController.class);

    private final ListFiles lists;
    private final OneRosterFiles oneRoster;
    private final ImportJobs jobs;
    private final long maxFileBytes;

    ExchangeController(
            ListFiles lists,
            OneRosterFiles oneRoster,
            ImportJobs jobs,
            @Value("${journal.exchange.max-file-size:20MB}") org.springframework.util.unit.DataSize maxFileSize) {
        this.lists = lists;
        this.oneRoster = oneRoster;
        this.jobs = jobs;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    @GetMapping("/admin/exchange")
    String page(Model model) {
        model.addAttribute("lists", Arrays.asList(ImportList.values()));
        model.addAttribute("maxRows", jobs.maxRows());
        model.addAttribute("maxMegabytes", maxFileBytes / (1024 * 1024));
        model.addAttribute("maxBytes", maxFileBytes);
        return "exchange/index";
    }

    @GetMapping("/admin/exchange/templates/{list}.{format}")
    ResponseEntity<StreamingResponseBody> template(
            @PathVariable String list, @PathVariable String format, Locale locale) {
        ImportList which = ImportList.bySlug(list);
        FileFormat type = FileFormat.of(format);
        return download(
                lists.fileName(which, "template", type),
                type.contentType(),
                out -> lists.template(which, type, locale, out));
    }

    @GetMapping("/admin/exchange/export/{list}.{format}")
    ResponseEntity<StreamingResponseBody> export(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String list,
            @PathVariable String format,
            Locale locale) {
        ImportList which = ImportList.bySlug(list);
        FileFormat type = FileFormat.of(format);
        exports.info(
                "export of {} as {} by account {} of college {}",
                which.slug(),
                type.extension(),
                user.accountId(),
                user.institutionId());
        return download(
                lists.fileName(which, "export", type),
                type.contentType(),
                out -> lists.export(user.institutionId(), which, type, locale, out));
    }

    @GetMapping("/admin/exchange/export/oneroster.zip")
    ResponseEntity<StreamingResponseBody> exportOneRoster(@AuthenticationPrincipal CurrentUser user) {
        exports.info(
                "export of the college as OneRoster by account {} of college {}",
                user.accountId(),
                user.institutionId());
        return download("oneroster" + ".zip", "application/zip", out -> oneRoster.export(user.institutionId(), out));
    }

    @PostMapping("/admin/exchange/import")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String source,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        if (!"oneroster".equals(source)) {
            ImportList.bySlug(source);
        }
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("uploadError", "exchange.upload.empty");
            return "redirect:/admin/exchange";
        }
        if (file.getSize() > maxFileBytes) {
            flash.addFlashAttribute("uploadError", "exchange.upload.tooLarge");
            flash.addFlashAttribute("uploadErrorArgs", List.of(maxFileBytes / (1024 * 1024)));
            return "redirect:/admin/exchange";
        }
        Optional<ImportJob> job;
        try (InputStream in = file.getInputStream()) {
            job = jobs.start(user, source, file.getOriginalFilename(), in);
        }
        if (job.isEmpty()) {
            flash.addFlashAttribute("uploadError", "exchange.upload.busy");
            return "redirect:/admin/exchange";
        }
        return "redirect:/admin/exchange/jobs/" + job.get().id();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes flash) {
        flash.addFlashAttribute("uploadError", "exchange.upload.tooLarge");
        flash.addFlashAttribute("uploadErrorArgs", List.of(maxFileBytes / (1024 * 1024)));
        return "redirect:/admin/exchange";
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String name, String type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, type)
                .body(body);
    }
}
