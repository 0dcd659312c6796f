package ru.spojournal.journal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.platform.error.FieldRejectedException;

/** The journal's own {@link ru.spojournal.journal.AbsenceExcuses}. */
@Service
@Transactional
public class AbsenceExcusesService implements ru.spojournal.journal.AbsenceExcuses {

    private final StudentRecordQueries queries;
    private final AttendanceRepository attendance;
    private final AbsenceReasonRepository reasons;
    private final JournalHistory history;
    private final java.time.Clock clock;

    AbsenceExcusesService(
            StudentRecordQueries queries,
            AttendanceRepository attendance,
            AbsenceReasonRepository reasons,
            JournalHistory history,
            java.time.Clock clock) {
        this.queries = queries;
        this.attendance = attendance;
        this.reasons = reasons;
        this.history = history;
        this.clock = clock;
    }

    /** How many absences («н», not lateness) the student has on the days in these journals. */
    @Transactional(readOnly = true)
    public long absencesBetween(long studentId, List<Long> assignmentIds, LocalDate from, LocalDate to) {
        return assignmentIds.isEmpty()
                ? 0
                : queries.absencesOf(studentId, assignmentIds, from, to).stream()
                        .filter(a -> a.kind().equals(AttendanceKind.ABSENT.name()))
                        .count();
    }

    /** Gives the absences of the days the reason; returns how many were changed. */
    public int excuse(
            long institutionId,
            long studentId,
            List<Long> assignmentIds,
            LocalDate from,
            LocalDate to,
            String reasonCode,
            long accountId,
            String note) {
        Map<String, AbsenceReason> byCode = reasons.findByInstitutionIdOrderBySortOrder(institutionId).stream()
                .collect(Collectors.toMap(r -> r.view().code(), Function.identity()));
        AbsenceReason reason = byCode.get(reasonCode);
        if (reason == null) {
            throw new FieldRejectedException("reason", "attendance.reason.unknown");
        }
        Map<Long, AbsenceReasonView> names =
                byCode.values().stream().collect(Collectors.toMap(AbsenceReason::getId, AbsenceReason::view));
        int changed = 0;
        for (StudentRecordQueries.AbsenceRow row : queries.absencesOf(studentId, assignmentIds, from, to)) {
            if (!row.kind().equals(AttendanceKind.ABSENT.name())
                    || reason.getId().equals(row.reasonId())) {
                continue;
            }
            Attendance a = attendance
                    .findByLessonIdAndStudentId(row.lessonId(), studentId)
                    .orElseThrow();
            String before = row.reasonId() == null
                    ? JournalWords.ABSENT
                    : JournalWords.withReason(
                            JournalWords.ABSENT, names.get(row.reasonId()).name());
            a.set(a.getKind(), a.getHoursMissed(), reason.getId(), clock.instant(), accountId);
            history.record(
                    institutionId,
                    row.assignmentId(),
                    row.lessonId(),
                    ChangeKind.ATTENDANCE,
                    row.lessonId(),
                    studentId,
                    before,
                    JournalWords.withReason(JournalWords.ABSENT, reason.view().name()),
                    note,
                    accountId);
            changed++;
        }
        return changed;
    }
}
