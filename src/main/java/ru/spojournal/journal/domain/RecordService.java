package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.journal.JournalEvents;
import ru.spojournal.journal.MarkValue;
import ru.spojournal.journal.domain.JournalCommands.PostAttendance;
import ru.spojournal.journal.domain.JournalCommands.PostMark;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;

/**
 * Marks and attendance, one cell at a time, as the grid saves them. Each save checks the cell
 * (R3, R7: the column and the student belong to this journal), the value (the established
 * symbols), the date (R5) and the version the typist saw; it keeps the change in the history (R1).
 * Saving the value a cell already has succeeds without a change, so a retried save is harmless.
 */
@Service
@Transactional
public class RecordService {

    private final MarkColumnRepository columns;
    private final LessonRepository lessons;
    private final MarkRepository marks;
    private final AttendanceRepository attendance;
    private final ExemptionRepository exemptions;
    private final WorkTypeRepository workTypes;
    private final AbsenceReasonRepository reasons;
    private final JournalHistory history;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    RecordService(
            MarkColumnRepository columns,
            LessonRepository lessons,
            MarkRepository marks,
            AttendanceRepository attendance,
            ExemptionRepository exemptions,
            WorkTypeRepository workTypes,
            AbsenceReasonRepository reasons,
            JournalHistory history,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.columns = columns;
        this.lessons = lessons;
        this.marks = marks;
        this.attendance = attendance;
        this.exemptions = exemptions;
        this.workTypes = workTypes;
        this.reasons = reasons;
        this.history = history;
        this.clock = clock;
    }

    public CellState postMark(RecordingScope ctx, PostMark cmd) {
        MarkColumn column = columns.findById(cmd.columnId())
                .filter(c -> c.getAssignmentId().equals(ctx.assignmentId()) && !c.isDeleted())
                .orElseThrow(() -> new FieldRejectedException("columnId", "mark.column.unknown"));
        Lesson lesson = lessons.findById(column.getLessonId())
                .filter(l -> !l.isDeleted())
                .orElseThrow(() -> new FieldRejectedException("columnId", "mark.column.unknown"));
        requireStudent(ctx, cmd.studentId());
        if (exempt(ctx, cmd.studentId())) {
            throw new FieldRejectedException("studentId", "mark.student.exempt");
        }
        MarkValue value = parse(
                cmd.value(),
                workTypes.findById(column.getWorkTypeId()).orElseThrow().view().passFail());
        boolean late = EntryRules.recordChange(ctx, lesson.getLessonDate(), cmd.reason(), "columnId");
        Mark mark = marks.findByColumnIdAndStudentId(column.getId(), cmd.studentId())
                .orElse(null);
        String old = mark == null ? null : mark.getValue();
        String fresh = value == null ? null : value.code();
        if (Objects.equals(old, fresh)) {
            return markState(ctx, mark, cmd.studentId());
        }
        checkVersion(
                mark == null ? null : mark.getVersion(), cmd.version(), () -> markState(ctx, mark, cmd.studentId()));
        Mark saved = mark == null
                ? new Mark(ctx.institutionId(), ctx.assignmentId(), column.getId(), cmd.studentId())
                : mark;
        saved.set(value, clock.instant(), ctx.user().accountId());
        saved = marks.saveAndFlush(saved);
        history.record(
                ctx,
                lesson.getId(),
                ChangeKind.MARK,
                column.getId(),
                cmd.studentId(),
                display(old),
                display(fresh),
                cmd.reason(),
                late);
        events.publishEvent(new JournalEvents.MarkPosted(
                ctx.institutionId(),
                ctx.assignmentId(),
                lesson.getId(),
                lesson.getLessonDate(),
                column.getId(),
                cmd.studentId(),
                fresh,
                old,
                saved.getVersion()));
        return markState(ctx, saved, cmd.studentId());
    }

    public CellState postAttendance(RecordingScope ctx, PostAttendance cmd) {
        Lesson lesson = lessons.findById(cmd.lessonId())
                .filter(l -> l.getAssignmentId().equals(ctx.assignmentId()) && !l.isDeleted())
                .orElseThrow(() -> new FieldRejectedException("lessonId", "attendance.lesson.unknown"));
        requireStudent(ctx, cmd.studentId());
        Integer hours =
                cmd.kind() == AttendanceKind.ABSENT ? (cmd.hours() == null ? lesson.getHours() : cmd.hours()) : null;
        if (hours != null && (hours < 1 || hours > lesson.getHours())) {
            throw new FieldRejectedException("hours", "attendance.hours.range", lesson.getHours());
        }
        Map<Long, AbsenceReasonView> reasonById =
                reasons.findByInstitutionIdOrderBySortOrder(ctx.institutionId()).stream()
                        .collect(Collectors.toMap(AbsenceReason::getId, AbsenceReason::view));
        if (cmd.reasonId() != null && !reasonById.containsKey(cmd.reasonId())) {
            throw new FieldRejectedException("reasonId", "attendance.reason.unknown");
        }
        boolean late = EntryRules.recordChange(ctx, lesson.getLessonDate(), cmd.reason(), "lessonId");
        Attendance row = attendance
                .findByLessonIdAndStudentId(lesson.getId(), cmd.studentId())
                .orElse(null);
        String old =
                row == null ? "" : row.describeForHistory(lesson.getHours(), reasonById.get(row.getAbsenceReasonId()));
        Attendance probe = new Attendance(ctx.institutionId(), ctx.assignmentId(), lesson.getId(), cmd.studentId());
        probe.set(cmd.kind(), hours, cmd.reasonId(), clock.instant(), ctx.user().accountId());
        String fresh = probe.describeForHistory(lesson.getHours(), reasonById.get(probe.getAbsenceReasonId()));
        if (lesson.getAttendanceTakenAt() == null) {
            lessons.attendanceTaken(lesson.getId(), clock.instant());
        }
        boolean sameReason = row != null && Objects.equals(row.getAbsenceReasonId(), probe.getAbsenceReasonId());
        if (old.equals(fresh) && (row == null || sameReason)) {
            return attendanceState(row, lesson, reasonById);
        }
        checkVersion(
                row == null ? null : row.getVersion(), cmd.version(), () -> attendanceState(row, lesson, reasonById));
        Attendance saved = row == null ? probe : row;
        if (row != null) {
            row.set(
                    cmd.kind(),
                    hours,
                    cmd.reasonId(),
                    clock.instant(),
                    ctx.user().accountId());
        }
        saved = attendance.saveAndFlush(saved);
        history.record(
                ctx,
                lesson.getId(),
                ChangeKind.ATTENDANCE,
                lesson.getId(),
                cmd.studentId(),
                old,
                fresh,
                cmd.reason(),
                late);
        events.publishEvent(new JournalEvents.AttendancePosted(
                ctx.institutionId(),
                ctx.assignmentId(),
                lesson.getId(),
                lesson.getLessonDate(),
                cmd.studentId(),
                saved.getKind(),
                saved.getHoursMissed(),
                saved.getVersion()));
        return attendanceState(saved, lesson, reasonById);
    }

    /** «Все присутствуют»: attendance was taken and nobody was missing. */
    public void attendanceTaken(JournalContext ctx, long lessonId) {
        Lesson lesson = lessons.findById(lessonId)
                .filter(l -> l.getAssignmentId().equals(ctx.assignmentId()) && !l.isDeleted())
                .orElseThrow(() -> new FieldRejectedException("lessonId", "attendance.lesson.unknown"));
        EntryRules.recordChange(ctx, lesson.getLessonDate(), "—", "lessonId");
        lessons.attendanceTaken(lesson.getId(), clock.instant());
    }

    /** «осв»: frees a student from the subject of this journal, or takes it back. */
    public void exempt(RecordingScope ctx, long studentId, boolean exempt, String reason) {
        requireStudent(ctx, studentId);
        Exemption e = exemptions
                .findByAssignmentIdAndStudentId(ctx.assignmentId(), studentId)
                .orElseGet(() -> new Exemption(ctx.institutionId(), ctx.assignmentId(), studentId));
        boolean before = e.getId() != null && e.isActive();
        if (before == exempt) {
            return;
        }
        if (exempt && (reason == null || reason.isBlank())) {
            throw new FieldRejectedException("reason", "exemption.reason.required");
        }
        JournalText.requirePrintable(reason, "reason", "exemption.reason");
        e.set(exempt, reason);
        exemptions.save(e);
        history.record(
                ctx,
                null,
                ChangeKind.EXEMPTION,
                null,
                studentId,
                before ? JournalWords.EXEMPT : "",
                exempt ? JournalWords.EXEMPT : "",
                reason,
                false);
    }

    private void requireStudent(RecordingScope ctx, long studentId) {
        if (!ctx.holds(studentId)) {
            throw new FieldRejectedException("studentId", "journal.student.notInJournal");
        }
    }

    private boolean exempt(RecordingScope ctx, long studentId) {
        return exemptions
                .findByAssignmentIdAndStudentId(ctx.assignmentId(), studentId)
                .map(Exemption::isActive)
                .orElse(false);
    }

    private static MarkValue parse(String text, boolean passFail) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MarkValue value = MarkValue.parse(text)
                .orElseThrow(() -> new FieldRejectedException("value", "mark.value.invalid", text.strip()));
        if (!value.fits(passFail)) {
            throw new FieldRejectedException("value", passFail ? "mark.value.passFailOnly" : "mark.value.gradedOnly");
        }
        return value;
    }

    /** Two people, one cell: the later save is refused with the current value, never overwrites it. */
    private static void checkVersion(Long current, Long seen, java.util.function.Supplier<CellState> state) {
        if (!Objects.equals(current, seen)) {
            throw new ConflictException("cell changed", state.get());
        }
    }

    private CellState markState(RecordingScope ctx, Mark mark, long studentId) {
        Map<Long, BigDecimal> weightByColumn = weights(ctx);
        List<Averages.Weighted> own = marks.ofStudent(ctx.assignmentId(), studentId).stream()
                .filter(m -> weightByColumn.containsKey(m.getColumnId()))
                .map(m -> new Averages.Weighted(
                        MarkValue.ofCode(m.getValue()).orElseThrow(), weightByColumn.get(m.getColumnId())))
                .toList();
        String value = mark == null ? null : mark.getValue();
        return new CellState(
                value,
                display(value),
                mark == null ? null : mark.getVersion(),
                mark == null ? null : mark.getUpdatedAt(),
                null,
                Averages.weightedAverage(own),
                own.size());
    }

    private Map<Long, BigDecimal> weights(RecordingScope ctx) {
        Map<Long, BigDecimal> byType = workTypes.findByInstitutionIdOrderBySortOrder(ctx.institutionId()).stream()
                .collect(Collectors.toMap(WorkType::getId, w -> w.view().weight()));
        Map<Long, Lesson> live = lessons.ofJournal(ctx.assignmentId()).stream()
                .collect(Collectors.toMap(Lesson::getId, Function.identity()));
        return columns.ofJournal(ctx.assignmentId()).stream()
                .filter(c -> live.containsKey(c.getLessonId()))
                .collect(Collectors.toMap(MarkColumn::getId, c -> byType.get(c.getWorkTypeId())));
    }

    private static CellState attendanceState(Attendance row, Lesson lesson, Map<Long, AbsenceReasonView> reasons) {
        if (row == null) {
            return new CellState(null, "", null, null, null, null, 0);
        }
        String text = row.describe(lesson.getHours(), reasons.get(row.getAbsenceReasonId()));
        return new CellState(
                row.getKind() == null ? null : row.getKind().name(),
                text,
                row.getVersion(),
                null,
                null,
                null,
                0,
                row.getAbsenceReasonId());
    }

    static String display(String code) {
        return code == null
                ? ""
                : MarkValue.ofCode(code).map(MarkValue::display).orElse(code);
    }
}
