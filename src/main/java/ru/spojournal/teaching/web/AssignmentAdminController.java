package ru.spojournal.teaching.web;

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
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.domain.AssignmentFilter;
import ru.spojournal.teaching.domain.AssignmentRecords;
import ru.spojournal.teaching.domain.AssignmentRow;

/**
 * R2, R14: the administrator's teaching load: the list by term (the current one unless chosen),
 * group and teacher, searched, sorted and paged; create, change the teacher or hours, archive.
 */
@Controller
class AssignmentAdminController {

    private final AssignmentRecords assignments;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;

    AssignmentAdminController(
            AssignmentRecords assignments,
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people) {
        this.assignments = assignments;
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/assignments")
    String list(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) Long term,
            @RequestParam(required = false) Long group,
            @RequestParam(required = false) Long teacher,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        long inst = admin.institutionId();
        Long termId = term != null
                ? term
                : calendar.currentTerm(inst).map(TermView::id).orElse(null);
        ListQuery query = ListQuery.of(q, sort, dir, page, AssignmentRecords.SORTS);
        model.addAttribute("query", query);
        model.addAttribute("term", termId);
        model.addAttribute("group", group);
        model.addAttribute("teacher", teacher);
        model.addAttribute("archived", archived);
        model.addAttribute(
                "result", assignments.find(inst, new AssignmentFilter(termId, group, teacher, archived), query));
        return choices(admin, model, "teaching/assignments");
    }

    @GetMapping("/admin/assignments/new")
    String newForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
        AssignmentForm form = new AssignmentForm();
        form.setTermId(
                calendar.currentTerm(admin.institutionId()).map(TermView::id).orElse(null));
        model.addAttribute("form", form);
        return choices(admin, model, "teaching/assignment-new");
    }

    @PostMapping("/admin/assignments/new")
    String create(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = assignments.create(admin.institutionId(), form.command());
                flash.addFlashAttribute("notice", "assignment.created");
                return "redirect:/admin/assignments/" + id;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return choices(admin, model, "teaching/assignment-new");
    }

    @GetMapping("/admin/assignments/{id}")
    String page(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
        AssignmentRow row = assignments.row(admin.institutionId(), id);
        model.addAttribute("form", AssignmentForm.of(row));
        return show(admin, row, model);
    }

    @PostMapping("/admin/assignments/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                assignments.edit(
                        admin.institutionId(), id, form.getTeacherStaffId(), form.getPlannedHours(), form.getVersion());
                flash.addFlashAttribute("notice", "assignment.saved");
                return "redirect:/admin/assignments/" + id;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            } catch (ConflictException e) {
                errors.reject("assignment.conflict");
            }
        }
        return show(admin, assignments.row(admin.institutionId(), id), model);
    }

    @PostMapping("/admin/assignments/{id}/archive")
    String archive(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes flash) {
        return state(() -> assignments.archive(admin.institutionId(), id, version), id, "assignment.archived", flash);
    }

    @PostMapping("/admin/assignments/{id}/restore")
    String restore(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes flash) {
        return state(() -> assignments.restore(admin.institutionId(), id, version), id, "assignment.restored", flash);
    }

    private String state(Runnable action, long id, String notice, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", "assignment.conflict");
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/assignments/" + id;
    }

    private String show(CurrentUser admin, AssignmentRow row, Model model) {
        model.addAttribute("row", row);
        return choices(admin, model, "teaching/assignment");
    }

    private String choices(CurrentUser admin, Model model, String view) {
        long inst = admin.institutionId();
        model.addAttribute("terms", calendar.terms(inst));
        var groups = structure.groups(inst);
        model.addAttribute("groups", groups);
        model.addAttribute(
                "groupNames",
                groups.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                ru.spojournal.structure.GroupView::id, ru.spojournal.structure.GroupView::name)));
        model.addAttribute("subgroups", structure.subgroupsOf(inst));
        model.addAttribute("subjects", structure.subjects(inst));
        model.addAttribute("teachers", people.activeStaff(inst));
        return view;
    }
}
