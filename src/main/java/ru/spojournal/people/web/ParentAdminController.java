package ru.spojournal.people.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.Collectors;
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
import ru.spojournal.people.Relation;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.people.domain.ParentCard;
import ru.spojournal.people.domain.ParentRecords;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/**
 * R10, R14: the administrator's parents: the list (searched, paged), create (alone or for a
 * student), the card with the linked students, edit, link to a student found by name, unlink.
 */
@Controller
class ParentAdminController {

    private final ParentRecords parents;
    private final StudentRoll students;
    private final CollegeStructure structure;

    ParentAdminController(ParentRecords parents, StudentRoll students, CollegeStructure structure) {
        this.parents = parents;
        this.students = students;
        this.structure = structure;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("relations")
    Relation[] relations() {
        return Relation.values();
    }

    @GetMapping("/admin/parents")
    String list(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ListQuery query = ListQuery.of(q, sort, dir, page, ParentRecords.SORTS);
        model.addAttribute("query", query);
        model.addAttribute("result", parents.find(admin.institutionId(), query));
        return "people/parents";
    }

    @GetMapping("/admin/parents/new")
    String newForm(
            @AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) Long student, Model model) {
        ParentForm form = new ParentForm();
        form.setStudentId(student);
        model.addAttribute("form", form);
        return newPage(admin, form, model);
    }

    @PostMapping("/admin/parents/new")
    String create(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") ParentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = form.getStudentId() == null
                        ? parents.create(admin.institutionId(), form.person())
                        : createFor(admin, form);
                flash.addFlashAttribute("notice", "parent.created");
                return "redirect:/admin/parents/" + id;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return newPage(admin, form, model);
    }

    private long createFor(CurrentUser admin, ParentForm form) {
        if (form.getRelation() == null) {
            throw new FieldRejectedException("relation", "parent.relation.required");
        }
        return parents.createFor(admin.institutionId(), form.person(), form.getStudentId(), form.getRelation());
    }

    @GetMapping("/admin/parents/{id}")
    String card(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @RequestParam(required = false) String studentQ,
            Model model) {
        ParentCard card = parents.card(admin.institutionId(), id);
        model.addAttribute("form", ParentForm.of(card));
        return show(admin, card, studentQ, model);
    }

    @PostMapping("/admin/parents/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ParentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                parents.edit(admin.institutionId(), id, form.person(), form.getVersion(), form.getPersonVersion());
                flash.addFlashAttribute("notice", "parent.saved");
                return "redirect:/admin/parents/" + id;
            } catch (ConflictException e) {
                errors.reject("people.conflict");
            }
        }
        return show(admin, parents.card(admin.institutionId(), id), null, model);
    }

    @PostMapping("/admin/parents/{id}/links")
    String link(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @RequestParam(required = false) Long studentId,
            @RequestParam(required = false) Relation relation,
            RedirectAttributes flash) {
        try {
            parents.link(admin.institutionId(), id, studentId, relation);
            flash.addFlashAttribute("notice", "parent.linked");
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/parents/" + id;
    }

    @PostMapping("/admin/parents/{id}/links/{studentId}/delete")
    String unlink(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @PathVariable long studentId,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        parents.unlink(admin.institutionId(), id, studentId);
        flash.addFlashAttribute("notice", "parent.unlinked");
        return "student".equals(back) ? "redirect:/admin/students/" + studentId : "redirect:/admin/parents/" + id;
    }

    private String newPage(CurrentUser admin, ParentForm form, Model model) {
        if (form.getStudentId() != null) {
            model.addAttribute("student", students.card(admin.institutionId(), form.getStudentId()));
        }
        return "people/parent-new";
    }

    /** The card, and the students found by the link search (one page, at most 25). */
    private String show(CurrentUser admin, ParentCard card, String studentQ, Model model) {
        model.addAttribute("card", card);
        model.addAttribute("studentQ", studentQ == null ? "" : studentQ);
        if (studentQ != null && !studentQ.isBlank()) {
            model.addAttribute(
                    "found",
                    students.find(admin.institutionId(), null, null, ListQuery.first(studentQ, "name"))
                            .getContent());
        }
        Map<Long, String> names = structure.groups(admin.institutionId()).stream()
                .collect(Collectors.toMap(GroupView::id, GroupView::name));
        model.addAttribute("groupNames", names);
        return "people/parent";
    }
}
