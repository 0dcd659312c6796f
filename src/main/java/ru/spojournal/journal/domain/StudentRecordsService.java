package ru.spojournal.journal.domain;

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
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.journal.WorkTypeView;

/** The journal's own {@link ru.spojournal.journal.StudentRecords}. */
@Service
@Transactional(readOnly = true)
public class StudentRecordsService implements ru.spojournal.journal.StudentRecords {

    private final JournalSettings settings;
    private final StudentRecordQueries queries;

    StudentRecordsService(JournalSettings settings, StudentRecordQueries queries) {
        this.settings = settings;
        this.queries = queries;
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
