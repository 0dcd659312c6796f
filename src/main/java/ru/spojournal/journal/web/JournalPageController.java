package ru.spojournal.journal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.spojournal.journal.domain.JournalAccess;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalGrid;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.MyJournals;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.error.AccessRefusedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/**
 * The journal page (R3): the grid of students by lessons for keyboard entry, and the list of
 * lessons with topics and homework. Read-only for those who supervise (R11).
 */
@Controller
class JournalPageController {

    private final JournalAccess access;
    private final JournalQueries queries;
    private final MyJournals journals;
    private final CollegeStructure structure;
    private final PeopleDirectory people;
    private final JournalPdf printer;

    JournalPageController(
            JournalAccess access,
            JournalQueries queries,
            MyJournals journals,
            CollegeStructure structure,
            PeopleDirectory people,
            JournalPdf printer) {
        this.access = access;
        this.queries = queries;
        this.journals = journals;
        this.structure = structure;
        this.people = people;
        this.printer = printer;
    }

    @GetMapping("/journal/{id}")
    String journal(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long lesson,
            @RequestParam(required = false) Integer period,
            Model model) {
        JournalContext ctx = access.read(user, id);
        JournalGrid grid = queries.grid(ctx);
        model.addAttribute("grid", grid);
        model.addAttribute("startLesson", grid.startLesson(lesson, period));
        return "journal/grid";
    }

    /** The journal's pages as PDF, for whoever may read it (R11: supervisors print, never edit). */
    @GetMapping("/journal/{id}/print.pdf")
    ResponseEntity<byte[]> print(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
        JournalContext ctx = access.read(user, id);
        String teacher = people.staff(ctx.institutionId(), ctx.assignment().teacherStaffId())
                .map(s -> s.name().full())
                .orElse("");
        byte[] pdf = printer.render(
                queries.grid(ctx),
                new JournalPdf.Title(structure.institution(ctx.institutionId()).name(), teacher),
                locale);
        String file = ctx.group().name() + " " + ctx.subject().code() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/journal/{id}/lessons/{lessonId}/history")
    String lessonHistory(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long lessonId,
            Model model) {
        JournalContext ctx = access.read(user, id);
        model.addAttribute("ctx", ctx);
        model.addAttribute("changes", queries.lessonHistory(ctx, lessonId));
        return "journal/history";
    }

    /** The journals of a group: its curator, its department's head and deputies read them. */
    @GetMapping("/journal/group/{groupId}")
    String groupJournals(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        GroupView group = structure
                .groupOfRecord(user.institutionId(), groupId)
                .orElseThrow(() -> new NotFoundException("group"));
        if (!access.mayReadGroup(user, group)) {
            throw new AccessRefusedException("group " + groupId + " is not in the user's scope");
        }
        model.addAttribute("group", group);
        model.addAttribute("journals", journals.ofGroup(user, groupId));
        return "journal/group";
    }
}
