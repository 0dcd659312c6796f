package ru.spojournal.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.spojournal.journal.domain.Averages;

/**
 * One student's records across the journals that hold them (R9, R10, R20, R25): marks with their
 * kind of work and topic, absences with hours and whether excused, homework for the group and for
 * the student. The caller decides which journals belong to the student; each list is one query.
 */
public interface StudentRecords {

    /** A mark as the student sees it. */
    record StudentMark(
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
    record StudentAbsence(
            long assignmentId,
            long lessonId,
            LocalDate date,
            Integer periodNumber,
            String kind,
            int hours,
            String reason,
            boolean excused) {}

    /** Homework of a lesson for the student, group or individual. */
    record StudentHomework(
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
    List<StudentMark> marks(long institutionId, long studentId, Collection<Long> assignmentIds);

    /** The weighted average of the marks of one journal (R21). */
    static BigDecimal average(List<StudentMark> marks) {
        return Averages.weightedAverage(marks.stream()
                .map(m -> new Averages.Weighted(MarkValue.ofCode(m.value()).orElseThrow(), m.weight()))
                .toList());
    }

    /** Absences and latenesses of the student in these journals between the dates, newest first. */
    List<StudentAbsence> absences(
            long institutionId, long studentId, Collection<Long> assignmentIds, LocalDate from, LocalDate to);

    /** Homework of these journals for the student: the group's, and what was set for them alone. */
    List<StudentHomework> homework(long studentId, Collection<Long> assignmentIds, LocalDate from);

    /** Hours of absence with no reason given yet, per student (R19: the curator waits for them). */
    Map<Long, Long> unexplainedHours(Collection<Long> studentIds, LocalDate from, LocalDate to);

    /** How many of the student's latest lessons in a row, up to the date, they missed. */
    int absenceStreak(long studentId, Collection<Long> assignmentIds, LocalDate upTo);

    /** The journals among these from which the student is exempt («осв»). */
    Set<Long> exemptIn(long studentId, Collection<Long> assignmentIds);
}
