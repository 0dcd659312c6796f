package ru.spojournal.teaching.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;
import ru.spojournal.teaching.TimetableAdmin;
import ru.spojournal.teaching.web.TimetableForms.SlotForm;
import ru.spojournal.teaching.web.TimetableForms.SubstitutionForm;

/**
 * The administrator keeps the timetable of each group (R14: the schedule of work): weekly slots by
 * day, пара and week parity, and dated substitutions and cancellations.
 */
@Controller
class TimetableAdminController {

    private final TimetableAdmin admin;
    private final Timetable timetable;
    private final TeachingLoad load;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;

    TimetableAdminController(
            TimetableAdmin admin,
            Timetable timetable,
            TeachingLoad load,
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people) {
        this.admin = admin;
        this.timetable = timetable;
        this.load = load;
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
    }

    @GetMapping("/admin/timetable")
    String groups(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("groups", structure.groups(user.institutionId()));
        return "teaching/timetable-groups";
    }

    @GetMapping("/admin/timetable/group/{groupId}")
    String group(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        model.addAttribute("slotForm", new SlotForm());
        SubstitutionForm sub = new SubstitutionForm();
        sub.setDate(calendar.today(user.institutionId()));
        model.addAttribute("substitutionForm", sub);
        return page(user, groupId, model);
    }

    @PostMapping("/admin/timetable/group/{groupId}/slots")
    String addSlot(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @Valid @ModelAttribute("slotForm") SlotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            requireOfGroup(user, groupId, form.getAssignmentId());
            try {
                admin.addSlot(
                        user.institutionId(),
                        form.getAssignmentId(),
                        form.getDayOfWeek(),
                        form.getPeriodNumber(),
                        form.getParity(),
                        form.getRoom());
                flash.addFlashAttribute("notice", "slot.saved");
                return "redirect:/admin/timetable/group/" + groupId;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("substitutionForm", new SubstitutionForm());
        return page(user, groupId, model);
    }

    @PostMapping("/admin/timetable/group/{groupId}/slots/{slotId}/delete")
    String removeSlot(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @PathVariable long slotId,
            RedirectAttributes flash) {
        admin.removeSlot(user.institutionId(), slotId);
        flash.addFlashAttribute("notice", "slot.removed");
        return "redirect:/admin/timetable/group/" + groupId;
    }

    @PostMapping("/admin/timetable/group/{groupId}/substitutions")
    String substitute(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @Valid @ModelAttribute("substitutionForm") SubstitutionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            requireOfGroup(user, groupId, form.getAssignmentId());
            try {
                admin.substitute(
                        user.institutionId(),
                        form.getDate(),
                        form.getPeriodNumber(),
                        form.getKind(),
                        form.getAssignmentId(),
                        form.getSubstituteStaffId(),
                        form.getRoom(),
                        form.getNote());
                flash.addFlashAttribute("notice", "substitution.saved");
                return "redirect:/admin/timetable/group/" + groupId;
            } catch (FieldRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("slotForm", new SlotForm());
        return page(user, groupId, model);
    }

    private void requireOfGroup(CurrentUser user, long groupId, long assignmentId) {
        load.assignment(user.institutionId(), assignmentId)
                .filter(a -> a.groupId() == groupId)
                .orElseThrow(() -> new FieldRejectedException("assignmentId", "slot.assignment.unknown"));
    }

    private String page(CurrentUser user, long groupId, Model model) {
        long inst = user.institutionId();
        GroupView group = structure.group(inst, groupId).orElseThrow(() -> new NotFoundException("group"));
        TermView term = calendar.currentTerm(inst).orElseThrow(() -> new NotFoundException("term"));
        List<AssignmentView> assignments = load.ofGroups(List.of(groupId), term.id());
        Map<Long, SubjectView> subjects =
                structure
                        .subjectsByIds(assignments.stream()
                                .map(AssignmentView::subjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Map<Long, SubgroupView> subgroups = structure
                .subgroupsByIds(assignments.stream()
                        .map(AssignmentView::subgroupId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(SubgroupView::id, Function.identity()));
        List<StaffView> staff = people.activeStaff(inst);
        Map<Long, StaffView> staffById = staff.stream().collect(Collectors.toMap(StaffView::id, Function.identity()));
        Map<Long, String> labels = assignments.stream()
                .collect(Collectors.toMap(
                        AssignmentView::id,
                        a -> subjects.get(a.subjectId()).title()
                                + (a.subgroupId() == null
                                        ? ""
                                        : " (" + subgroups.get(a.subgroupId()).name() + ")")
                                + " — "
                                + staffById.get(a.teacherStaffId()).name().initials()));
        LocalDate today = calendar.today(inst);
        model.addAttribute("group", group);
        model.addAttribute("term", term);
        model.addAttribute("assignments", assignments);
        model.addAttribute("labels", labels);
        model.addAttribute("slots", timetable.slotsOf(labels.keySet()));
        model.addAttribute(
                "substitutions",
                timetable.substitutions(inst, today.minusDays(7), today.plusDays(30)).stream()
                        .filter(s -> labels.containsKey(s.assignmentId()))
                        .toList());
        model.addAttribute("staff", staff);
        model.addAttribute("staffById", staffById);
        model.addAttribute("days", List.of(1, 2, 3, 4, 5, 6));
        model.addAttribute("pairs", List.of(1, 2, 3, 4, 5));
        return "teaching/timetable-group";
    }
}
