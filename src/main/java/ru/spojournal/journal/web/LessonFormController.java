package ru.spojournal.journal.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.journal.domain.HomeworkDetails;
import ru.spojournal.journal.domain.JournalAccess;
import ru.spojournal.journal.domain.JournalCommands.ColumnSpec;
import ru.spojournal.journal.domain.JournalCommands.SaveLesson;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalGrid;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.LessonDetails;
import ru.spojournal.journal.domain.LessonService;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;

/**
 * Adding, editing and deleting a lesson with its topic, type, kinds of work and homework (R3, R4).
 * Plain forms with redirect after post: they work without scripts and from the keyboard alone.
 */
@Controller
class LessonFormController {

    private static final List<String> FORM_FIELDS =
            List.of("date", "periodNumber", "hours", "topic", "lessonTypeId", "reason", "individualStudentIds");

    private final JournalAccess access;
    private final LessonService lessons;
    private final JournalQueries queries;
    private final JournalSettings settings;
    private final AcademicCalendar calendar;

    LessonFormController(
            JournalAccess access,
            LessonService lessons,
            JournalQueries queries,
            JournalSettings settings,
            AcademicCalendar calendar) {
        this.access = access;
        this.lessons = lessons;
        this.queries = queries;
        this.settings = settings;
        this.calendar = calendar;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/journal/{id}/lessons/new")
    String newLesson(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate date,
            @RequestParam(required = false) Integer period,
            Model model) {
        JournalContext ctx = access.edit(user, id);
        LessonForm form = new LessonForm();
        form.setDate(date == null ? ctx.today() : date);
        form.setPeriodNumber(period);
        form.setHours(ctx.practice() ? 6 : 2);
        model.addAttribute("form", form);
        return page(ctx, model, null);
    }

    @PostMapping("/journal/{id}/lessons/new")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") LessonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        JournalContext ctx = access.edit(user, id);
        if (!errors.hasErrors()) {
            try {
                long lessonId = lessons.create(ctx, command(form, true));
                flash.addFlashAttribute("notice", "lesson.saved");
                // The grid opens on the lesson just recorded, even with another one the same day.
                return "redirect:/journal/" + id + "?lesson=" + lessonId;
            } catch (FieldRejectedException e) {
                reject(errors, e);
            }
        }
        return page(ctx, model, null);
    }

    @GetMapping("/journal/{id}/lessons/{lessonId}/edit")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long lessonId,
            Model model) {
        JournalContext ctx = access.edit(user, id);
        JournalGrid.LessonColumn lesson = lesson(ctx, lessonId);
        LessonForm form = new LessonForm();
        form.setDate(lesson.date());
        form.setPeriodNumber(lesson.periodNumber());
        form.setHours(lesson.hours());
        form.setTopic(lesson.topic());
        form.setLessonTypeId(lesson.lessonTypeId());
        form.setVersion(lesson.version());
        for (HomeworkDetails h : queries.homeworkOf(ctx, lessonId)) {
            if (h.individual()) {
                form.setIndividualContent(h.content());
                form.setIndividualStudentIds(new java.util.HashSet<>(h.studentIds()));
            } else {
                form.setHomeworkContent(h.content());
                form.setHomeworkPages(h.pages());
                form.setHomeworkTasks(h.tasks());
                form.setHomeworkDue(h.dueDate());
            }
        }
        model.addAttribute("form", form);
        return page(ctx, model, lesson);
    }

    @PostMapping("/journal/{id}/lessons/{lessonId}/edit")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long lessonId,
            @Valid @ModelAttribute("form") LessonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        JournalContext ctx = access.edit(user, id);
        if (!errors.hasErrors()) {
            try {
                lessons.update(ctx, lessonId, command(form, false));
                flash.addFlashAttribute("notice", "lesson.saved");
                return "redirect:/journal/" + id + "?lesson=" + lessonId;
            } catch (FieldRejectedException e) {
                reject(errors, e);
            }
        }
        return page(ctx, model, lesson(ctx, lessonId));
    }

    @PostMapping("/journal/{id}/lessons/{lessonId}/delete")
    String delete(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long lessonId,
            @RequestParam(defaultValue = "false") boolean confirm,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        JournalContext ctx = access.edit(user, id);
        try {
            lessons.delete(ctx, lessonId, confirm, reason);
            flash.addFlashAttribute("notice", "lesson.deleted");
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            flash.addFlashAttribute("problemArgs", e.arguments());
            flash.addFlashAttribute("confirmLesson", lessonId);
        }
        return "redirect:/journal/" + id;
    }

    private String page(JournalContext ctx, Model model, JournalGrid.LessonColumn lesson) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("lesson", lesson);
        model.addAttribute(
                "workTypes",
                settings.workTypes(ctx.institutionId()).stream()
                        .filter(w -> !w.archived())
                        .toList());
        model.addAttribute("lessonTypes", settings.activeLessonTypes(ctx.institutionId()));
        model.addAttribute(
                "periods", calendar.periods(ctx.institutionId(), ctx.today().getDayOfWeek()));
        return "journal/lesson-form";
    }

    private JournalGrid.LessonColumn lesson(JournalContext ctx, long lessonId) {
        return queries.grid(ctx).lessons().stream()
                .filter(l -> l.id() == lessonId)
                .findFirst()
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("lesson"));
    }

    private static SaveLesson command(LessonForm f, boolean creating) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int i = 0; i < f.getWorkTypeIds().size(); i++) {
            Long type = f.getWorkTypeIds().get(i);
            if (type != null && type > 0) {
                String title =
                        i < f.getColumnTitles().size() ? f.getColumnTitles().get(i) : null;
                columns.add(new ColumnSpec(type, title));
            }
        }
        HomeworkDetails group = blank(f.getHomeworkContent())
                ? null
                : new HomeworkDetails(
                        f.getHomeworkContent().strip(),
                        f.getHomeworkPages(),
                        f.getHomeworkTasks(),
                        f.getHomeworkDue(),
                        Set.of());
        HomeworkDetails individual = blank(f.getIndividualContent())
                ? null
                : new HomeworkDetails(
                        f.getIndividualContent().strip(), null, null, f.getHomeworkDue(), f.getIndividualStudentIds());
        return new SaveLesson(
                new LessonDetails(f.getDate(), f.getPeriodNumber(), f.getHours(), f.getTopic(), f.getLessonTypeId()),
                creating || !columns.isEmpty() ? columns : null,
                group,
                individual,
                f.getReason(),
                f.getVersion());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void reject(BindingResult errors, FieldRejectedException e) {
        String field = switch (e.field()) {
            case "homework" -> "homeworkContent";
            case "columns" -> "workTypeIds";
            default -> e.field();
        };
        if (FORM_FIELDS.contains(field) || field.equals("homeworkContent") || field.equals("workTypeIds")) {
            errors.rejectValue(field, e.messageKey(), e.arguments(), null);
        } else {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
    }
}
