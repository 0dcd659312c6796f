package ru.spojournal.structure.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.StaffChoices;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewTerm;

/**
 * The administrator opens the year (R14): terms and groups. Each form is redirect-after-post; a
 * rejected value is shown beside its field and nothing is saved.
 */
@Controller
class StructureAdminController {

    private final StructureAdmin admin;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final StaffChoices staff;

    StructureAdminController(
            StructureAdmin admin, CollegeStructure structure, AcademicCalendar calendar, StaffChoices staff) {
        this.admin = admin;
        this.structure = structure;
        this.calendar = calendar;
        this.staff = staff;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/terms/new")
    String termForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new TermForm());
        return termPage(user, model);
    }

    @PostMapping("/admin/terms/new")
    String createTerm(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") TermForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                admin.createTerm(
                        user.institutionId(),
                        new NewTerm(
                                form.getAcademicYearId(),
                                form.getNumber(),
                                form.getName().strip(),
                                form.getStartDate(),
                                form.getEndDate()));
                flash.addFlashAttribute("notice", "term.created");
                return "redirect:/admin";
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return termPage(user, model);
    }

    @GetMapping("/admin/groups/new")
    String groupForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new GroupForm());
        return groupPage(user, model);
    }

    @PostMapping("/admin/groups/new")
    String createGroup(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                admin.createGroup(
                        user.institutionId(),
                        new NewGroup(
                                form.getName(),
                                form.getSpecialtyId(),
                                form.getDepartmentId(),
                                form.getCourse(),
                                form.getAdmissionYear(),
                                form.getCuratorStaffId()));
                flash.addFlashAttribute("notice", "group.created");
                return "redirect:/admin/groups";
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return groupPage(user, model);
    }

    private String termPage(CurrentUser user, Model model) {
        model.addAttribute("years", calendar.academicYears(user.institutionId()));
        return "structure/term-new";
    }

    private String groupPage(CurrentUser user, Model model) {
        model.addAttribute("specialties", structure.specialties(user.institutionId()));
        model.addAttribute("departments", structure.departments(user.institutionId()));
        model.addAttribute("staff", staff.staff(user.institutionId()));
        return "structure/group-new";
    }
}
