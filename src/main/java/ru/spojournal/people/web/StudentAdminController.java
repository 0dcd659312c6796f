package ru.spojournal.people.web;

import jakarta.validation.Valid;
import java.util.List;
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
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.StudentCard;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/**
 * R14: the administrator's students: the list by group (searched, sorted, paged), admission to a
 * group, the student's card with group, status, history and parents, the profile's correction and
 * the movements that the college's orders make.
 */
@Controller
class StudentAdminController {

    static final List<MovementKind> MOVES = List.of(
            MovementKind.TRANSFER,
            MovementKind.ACADEMIC_LEAVE,
            MovementKind.RETURN,
            MovementKind.EXPULSION,
            MovementKind.GRADUATION);

    private final StudentRoll students;
    private final CollegeStructure structure;

    StudentAdminController(StudentRoll students, CollegeStructure structure) {
        this.students = students;
        this.structure = structure;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/students")
    String list(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) Long group,
            @RequestParam(required = false) StudentStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ListQuery query = ListQuery.of(q, sort, dir, page, StudentRoll.SORTS);
        model.addAttribute("query", query);
        model.addAttribute("group", group);
        model.addAttribute("status", status);
        model.addAttribute("statuses", StudentStatus.values());
        model.addAttribute("result", students.find(admin.institutionId(), group, status, query));
        groups(admin, model);
        return "people/students";
    }

    @GetMapping("/admin/students/new")
    String newForm(
            @AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) Long group, Model model) {
        StudentForm form = new StudentForm();
        form.setGroupId(group);
        model.addAttribute("form", form);
        groups(admin, model);
        return "people/student-new";
    }

    @PostMapping("/admin/students/new")
    String create(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") StudentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = students.create(
                        admin.institutionId(),
                        form.person(),
                        form.getGroupId(),
                        form.recordBook(),
                        form.getAdmittedOn());
                flash.addFlashAttribute("notice", "student.created");
                return "redirect:/admin/students/" + id;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        groups(admin, model);
        return "people/student-new";
    }

    @GetMapping("/admin/students/{id}")
    String card(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
        StudentCard card = students.card(admin.institutionId(), id);
        model.addAttribute("form", StudentForm.of(card));
        model.addAttribute("move", MovementForm.at(card.version()));
        return show(admin, card, model);
    }

    @PostMapping("/admin/students/{id}")
    String edit(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") StudentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                students.edit(
                        admin.institutionId(),
                        id,
                        form.person(),
                        form.recordBook(),
                        form.getAdmittedOn(),
                        form.getVersion(),
                        form.getPersonVersion());
                flash.addFlashAttribute("notice", "student.saved");
                return "redirect:/admin/students/" + id;
            } catch (ConflictException e) {
                errors.reject("people.conflict");
            }
        }
        StudentCard card = students.card(admin.institutionId(), id);
        model.addAttribute("move", MovementForm.at(card.version()));
        return show(admin, card, model);
    }

    @PostMapping("/admin/students/{id}/movements")
    String move(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("move") MovementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                students.move(admin.institutionId(), id, form.command(), form.getVersion(), admin.accountId());
                flash.addFlashAttribute("notice", "movement.saved");
                return "redirect:/admin/students/" + id;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            } catch (ConflictException e) {
                errors.reject("people.conflict");
            }
        }
        StudentCard card = students.card(admin.institutionId(), id);
        model.addAttribute("form", StudentForm.of(card));
        return show(admin, card, model);
    }

    private String show(CurrentUser admin, StudentCard card, Model model) {
        model.addAttribute("card", card);
        model.addAttribute("moves", MOVES);
        groups(admin, model);
        return "people/student";
    }

    /** Current groups for choosing, and names of every group the page mentions (archived ones have none). */
    private void groups(CurrentUser admin, Model model) {
        List<GroupView> groups = structure.groups(admin.institutionId());
        model.addAttribute("groups", groups);
        Map<Long, String> names = groups.stream().collect(Collectors.toMap(GroupView::id, GroupView::name));
        model.addAttribute("groupNames", names);
    }
}
