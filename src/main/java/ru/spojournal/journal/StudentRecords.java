package ru.spojournal.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One student's records across the journals that hold them (R9, R10, R20, R25): marks with their
 * kind of work and topic, absences with hours and whether excused, homework for the group and for
 * the student. The caller decides which journals belong to the student; each list is one query.
 */
@Service
@Transactional(readOnly = true)
public class StudentRecords {

    private final JournalSettings settings;
    private final StudentRecordQueries queries;

    StudentRecords(JournalSettings settings, StudentRecordQueries queries) {
        this.settings = settings;
        this.queries = queries;
    }

    /** A mark as the student sees it. */
    public record StudentMark(
            long assignmentId,
            LocalDate date,
            String workType,
            String title,
            String display,
            String value,
            BigDecimal weight,
            String topic,
            java.time.Instant recordedAt) {}

    /** An absence or a lateness. */
    public record StudentAbsence(
            long assignmentId,
            long lessonId,
            LocalDate date,
            Integer periodNumber,
            String kind,
            int hours,
            String reason,
            boolean excused) {}

    /** Homework of a lesson for the student, group or individual. */
    public record StudentHomework(
            long homeworkId,
            long assignmentId,
            LocalDate lessonDate,
            LocalDate dueDate,
            String content,
            String pages,
            String tasks,
            boolean individual) {

        /** The day it is for: its due date, or else the lesson's next week. */
        public LocalDate forDay() {
            return dueDate != null ? dueDate : lessonDate.plusDays(7);
        }
    }

    /** Marks of the student in these journals, newest first. */
    public List<StudentMark> marks(long institutionId, long studentId, Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkTypeView> types = settings.workTypes(institutionId).stream()
                .collect(Collectors.toMap(WorkTypeView::id, Function.identity()));
        return queries.marksOf(studentId, assignmentIds).stream()
                .map(r -> {
                    WorkTypeView t = types.get(r.workTypeId());
                    return new StudentMark(
                            r.assignmentId(),
                            r.date(),
                            t.name(),
                            r.title(),
                            RecordService.display(r.value()),
                            r.value(),
                            t.weight(),
                            r.topic(),
                            r.updatedAt());
                })
                .sorted(Comparator.comparing(StudentMark::date)
                        .thenComparing(StudentMark::recordedAt)
                        .reversed())
                .toList();
    }

    /** The weighted average of the marks of one journal (R21). */
    public static BigDecimal average(List<StudentMark> marks) {
        return Averages.weightedAverage(marks.stream()
                .map(m -> new Averages.Weighted(MarkValue.ofCode(m.value()).orElseThrow(), m.weight()))
                .toList());
    }

    /** Absences and latenesses of the student in these journals between the dates, newest first. */
    public List<StudentAbsence> absences(
            long institutionId, long studentId, Collection<Long> assignmentIds, LocalDate from, LocalDate to) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, AbsenceReasonView> reasons = settings.absenceReasons(institutionId).stream()
                .collect(Collectors.toMap(AbsenceReasonView::id, Function.identity()));
        return queries.absencesOf(studentId, assignmentIds, from, to).stream()
                .map(r -> {
                    AbsenceReasonView reason = r.reasonId() == null ? null : reasons.get(r.reasonId());
                    return new StudentAbsence(
                            r.assignmentId(),
                            r.lessonId(),
                            r.date(),
                            r.periodNumber(),
                            r.kind(),
                            r.hours() == null ? r.lessonHours() : r.hours(),
                            reason == null ? null : reason.name(),
                            reason != null && reason.excused());
                })
                .sorted(Comparator.comparing(StudentAbsence::date).reversed())
                .toList();
    }

    /** Homework of these journals for the student: the group's, and what was set for them alone. */
    public List<StudentHomework> homework(long studentId, Collection<Long> assignmentIds, LocalDate from) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        List<StudentHomework> result = new ArrayList<>();
        for (StudentRecordQueries.HomeworkRow r : queries.homeworkOf(assignmentIds, from)) {
            boolean individual = !r.targets().isEmpty();
            if (!individual || r.targets().contains(studentId)) {
                result.add(new StudentHomework(
                        r.id(),
                        r.assignmentId(),
                        r.lessonDate(),
                        r.dueDate(),
                        r.content(),
                        r.pages(),
                        r.tasks(),
                        individual));
            }
        }
        result.sort(Comparator.comparing(StudentHomework::forDay));
        return result;
    }

    /** Hours of absence with no reason given yet, per student (R19: the curator waits for them). */
    public Map<Long, Long> unexplainedHours(Collection<Long> studentIds, LocalDate from, LocalDate to) {
        return studentIds.isEmpty() ? Map.of() : queries.unexplainedHours(studentIds, from, to);
    }

    /** How many of the student's latest lessons in a row, up to the date, they missed. */
    public int absenceStreak(long studentId, Collection<Long> assignmentIds, LocalDate upTo) {
        if (assignmentIds.isEmpty()) {
            return 0;
        }
        int streak = 0;
        for (Boolean absent : queries.recentAbsences(studentId, assignmentIds, upTo, 20)) {
            if (!Boolean.TRUE.equals(absent)) {
                break;
            }
            streak++;
        }
        return streak;
    }

    /** The journals among these from which the student is exempt («осв»). */
    public Set<Long> exemptIn(long studentId, Collection<Long> assignmentIds) {
        return assignmentIds.isEmpty() ? Set.of() : queries.exemptAssignments(studentId, assignmentIds);
    }
}
