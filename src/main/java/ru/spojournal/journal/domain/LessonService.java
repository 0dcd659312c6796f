package ru.spojournal.journal.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.JournalEvents;
import ru.spojournal.journal.domain.JournalCommands.ColumnSpec;
import ru.spojournal.journal.domain.JournalCommands.SaveLesson;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;

/**
 * Lessons of a journal with their kinds of work and homework (R3, R4). The first recording time
 * is kept (R13); every change goes into the history (R1); a lesson is never removed, only marked
 * deleted, and one with marks or absences is deleted only when the teacher confirms.
 */
@Service
@Transactional
public class LessonService {

    private final LessonRepository lessons;
    private final MarkColumnRepository columns;
    private final MarkRepository marks;
    private final AttendanceRepository attendance;
    private final HomeworkRepository homework;
    private final WorkTypeRepository workTypes;
    private final LessonTypeRepository lessonTypes;
    private final JournalHistory history;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    LessonService(
            LessonRepository lessons,
            MarkColumnRepository columns,
            MarkRepository marks,
            AttendanceRepository attendance,
            HomeworkRepository homework,
            WorkTypeRepository workTypes,
            LessonTypeRepository lessonTypes,
            JournalHistory history,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.lessons = lessons;
        this.columns = columns;
        this.marks = marks;
        this.attendance = attendance;
        this.homework = homework;
        this.workTypes = workTypes;
        this.lessonTypes = lessonTypes;
        this.history = history;
        this.clock = clock;
    }

    public long create(JournalContext ctx, SaveLesson cmd) {
        LessonDetails details = validDetails(ctx, cmd);
        boolean late = EntryRules.lessonDate(ctx, details.date(), cmd.reason());
        requireFreePeriod(ctx, details, null);
        Lesson lesson = lessons.save(new Lesson(
                ctx.institutionId(),
                ctx.assignmentId(),
                details,
                clock.instant(),
                ctx.user().accountId()));
        history.record(
                ctx,
                lesson.getId(),
                ChangeKind.LESSON,
                lesson.getId(),
                null,
                null,
                details.describe(),
                cmd.reason(),
                late);
        List<ColumnSpec> specs =
                cmd.columns() == null || cmd.columns().isEmpty() ? List.of(new ColumnSpec(null, null)) : cmd.columns();
        int position = 0;
        for (ColumnSpec spec : specs) {
            addColumn(ctx, lesson, spec, position++, cmd.reason(), late);
        }
        saveHomework(ctx, lesson, cmd, late);
        return lesson.getId();
    }

    public void update(JournalContext ctx, long lessonId, SaveLesson cmd) {
        Lesson lesson = own(ctx, lessonId);
        if (cmd.version() != null && cmd.version() != lesson.getVersion()) {
            throw new ConflictException("lesson changed", lesson.details().describe());
        }
        LessonDetails details = validDetails(ctx, cmd);
        boolean late = EntryRules.recordChange(ctx, lesson.getLessonDate(), cmd.reason(), "date");
        if (!details.date().equals(lesson.getLessonDate())) {
            EntryRules.lessonDate(ctx, details.date(), cmd.reason());
        }
        requireFreePeriod(ctx, details, lessonId);
        String before = lesson.details().describe();
        lesson.apply(details);
        if (!before.equals(details.describe())) {
            history.record(
                    ctx, lessonId, ChangeKind.LESSON, lessonId, null, before, details.describe(), cmd.reason(), late);
        }
        if (cmd.columns() != null) {
            int position = columns.ofLesson(lessonId).size();
            for (ColumnSpec spec : cmd.columns()) {
                addColumn(ctx, lesson, spec, position++, cmd.reason(), late);
            }
        }
        saveHomework(ctx, lesson, cmd, late);
    }

    /** Marks a lesson deleted; one that has marks or absences needs the teacher's confirmation. */
    public void delete(JournalContext ctx, long lessonId, boolean confirmed, String reason) {
        Lesson lesson = own(ctx, lessonId);
        boolean late = EntryRules.recordChange(ctx, lesson.getLessonDate(), reason, "lessonId");
        List<Long> columnIds =
                columns.ofLesson(lessonId).stream().map(MarkColumn::getId).toList();
        long records = (columnIds.isEmpty() ? 0 : marks.countSetIn(columnIds))
                + attendance.ofJournal(ctx.assignmentId()).stream()
                        .filter(a -> a.getLessonId().equals(lessonId))
                        .count();
        if (records > 0 && !confirmed) {
            throw new FieldRejectedException("confirm", "lesson.delete.confirm", records);
        }
        lesson.delete();
        history.record(
                ctx,
                lessonId,
                ChangeKind.LESSON,
                lessonId,
                null,
                lesson.details().describe(),
                JournalWords.WORDS.word("deletedLesson"),
                reason,
                late);
    }

    private void addColumn(
            JournalContext ctx, Lesson lesson, ColumnSpec spec, int position, String reason, boolean late) {
        WorkType type = spec.workTypeId() == null
                ? workTypes
                        .findByInstitutionIdOrderBySortOrder(ctx.institutionId())
                        .get(0)
                : workTypes
                        .findById(spec.workTypeId())
                        .filter(w -> w.getInstitutionId() == ctx.institutionId()
                                && !w.view().archived())
                        .orElseThrow(() -> new FieldRejectedException("columns", "lesson.workType.unknown"));
        String title = spec.title() == null || spec.title().isBlank()
                ? null
                : spec.title().strip();
        if (title != null && title.length() > 100) {
            throw new FieldRejectedException("columns", "lesson.column.titleTooLong");
        }
        JournalText.requirePrintable(title, "columns", "lesson.column.title");
        MarkColumn column = columns.save(
                new MarkColumn(ctx.institutionId(), ctx.assignmentId(), lesson.getId(), type.getId(), title, position));
        history.record(
                ctx,
                lesson.getId(),
                ChangeKind.COLUMN,
                column.getId(),
                null,
                null,
                type.view().name() + (title == null ? "" : " " + title),
                reason,
                late);
    }

    private void saveHomework(JournalContext ctx, Lesson lesson, SaveLesson cmd, boolean late) {
        HomeworkDetails individual = cmd.individualHomework();
        if (individual != null
                && individual.content() != null
                && !individual.content().isBlank()
                && !individual.individual()) {
            throw new FieldRejectedException("individualStudentIds", "homework.students.required");
        }
        List<Homework> existing = homework.ofLesson(lesson.getId());
        replace(
                ctx,
                lesson,
                existing.stream()
                        .filter(h -> !h.details().individual())
                        .findFirst()
                        .orElse(null),
                cmd.groupHomework(),
                cmd.reason(),
                late);
        replace(
                ctx,
                lesson,
                existing.stream()
                        .filter(h -> h.details().individual())
                        .findFirst()
                        .orElse(null),
                cmd.individualHomework(),
                cmd.reason(),
                late);
    }

    private void replace(
            JournalContext ctx, Lesson lesson, Homework current, HomeworkDetails wanted, String reason, boolean late) {
        boolean wantSome =
                wanted != null && wanted.content() != null && !wanted.content().isBlank();
        if (wantSome) {
            validHomework(ctx, wanted);
        }
        String before = current == null ? null : current.details().describe();
        String after = wantSome ? wanted.describe() : null;
        if (Objects.equals(before, after)) {
            return;
        }
        if (current != null && !wantSome) {
            current.delete();
        } else if (wantSome) {
            Homework target =
                    current == null ? new Homework(ctx.institutionId(), ctx.assignmentId(), lesson.getId()) : current;
            target.apply(wanted);
            homework.save(target);
            events.publishEvent(new JournalEvents.HomeworkSet(
                    ctx.institutionId(),
                    ctx.assignmentId(),
                    lesson.getId(),
                    wanted.dueDate(),
                    wanted.content(),
                    wanted.studentIds() == null ? java.util.Set.of() : java.util.Set.copyOf(wanted.studentIds())));
        }
        history.record(ctx, lesson.getId(), ChangeKind.HOMEWORK, lesson.getId(), null, before, after, reason, late);
    }

    private void validHomework(JournalContext ctx, HomeworkDetails h) {
        if (h.content().length() > 2000) {
            throw new FieldRejectedException("homework", "homework.content.tooLong");
        }
        JournalText.requirePrintable(h.content(), "homework", "homework.content");
        JournalText.requirePrintable(h.pages(), "homework", "homework.pages");
        JournalText.requirePrintable(h.tasks(), "homework", "homework.tasks");
        if (h.dueDate() != null && h.dueDate().isBefore(ctx.today().minusDays(1))) {
            throw new FieldRejectedException("homework", "homework.dueDate.past");
        }
        Set<Long> outsiders = h.studentIds() == null
                ? Set.of()
                : h.studentIds().stream().filter(id -> !ctx.holds(id)).collect(Collectors.toSet());
        if (!outsiders.isEmpty()) {
            throw new FieldRejectedException("homework", "journal.student.notInJournal");
        }
    }

    private LessonDetails validDetails(JournalContext ctx, SaveLesson cmd) {
        LessonDetails d = cmd.details();
        if (d.date() == null) {
            throw new FieldRejectedException("date", "lesson.date.required");
        }
        if (d.topic() == null || d.topic().isBlank()) {
            throw new FieldRejectedException("topic", "lesson.topic.required");
        }
        if (d.topic().strip().length() > 500) {
            throw new FieldRejectedException("topic", "lesson.topic.tooLong");
        }
        JournalText.requirePrintable(d.topic(), "topic", "lesson.topic");
        if (d.hours() < 1 || d.hours() > (ctx.practice() ? 12 : 8)) {
            throw new FieldRejectedException("hours", "lesson.hours.range", ctx.practice() ? 12 : 8);
        }
        if (d.periodNumber() != null && (d.periodNumber() < 1 || d.periodNumber() > 8)) {
            throw new FieldRejectedException("periodNumber", "lesson.period.range");
        }
        if (d.lessonTypeId() != null
                && lessonTypes
                        .findById(d.lessonTypeId())
                        .filter(t -> t.getInstitutionId() == ctx.institutionId())
                        .isEmpty()) {
            throw new FieldRejectedException("lessonTypeId", "lesson.type.unknown");
        }
        return new LessonDetails(
                d.date(), d.periodNumber(), d.hours(), d.topic().strip(), d.lessonTypeId());
    }

    private void requireFreePeriod(JournalContext ctx, LessonDetails d, Long except) {
        if (d.periodNumber() == null) {
            return;
        }
        boolean taken = lessons.ofJournalsOn(List.of(ctx.assignmentId()), d.date()).stream()
                .anyMatch(l ->
                        !l.getId().equals(except) && Objects.equals(l.details().periodNumber(), d.periodNumber()));
        if (taken) {
            throw new FieldRejectedException("periodNumber", "lesson.period.taken", d.periodNumber());
        }
    }

    private Lesson own(JournalContext ctx, long lessonId) {
        return lessons.findById(lessonId)
                .filter(l -> l.getAssignmentId().equals(ctx.assignmentId()) && !l.isDeleted())
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("lesson"));
    }
}
