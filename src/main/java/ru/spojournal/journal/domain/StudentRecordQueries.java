package ru.spojournal.journal.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.spojournal.journal.AttendanceKind;

/** The joins behind {@link StudentRecords}, each one statement returning plain rows. */
@Component
class StudentRecordQueries {

    private final EntityManager em;

    StudentRecordQueries(EntityManager em) {
        this.em = em;
    }

    record MarkRow(
            long assignmentId,
            LocalDate date,
            Long workTypeId,
            String title,
            String value,
            String topic,
            Instant updatedAt) {}

    record AbsenceRow(
            long assignmentId,
            long lessonId,
            LocalDate date,
            Integer periodNumber,
            String kind,
            Integer hours,
            int lessonHours,
            Long reasonId) {}

    record HomeworkRow(
            long id,
            long assignmentId,
            LocalDate lessonDate,
            LocalDate dueDate,
            String content,
            String pages,
            String tasks,
            Set<Long> targets) {}

    List<MarkRow> marksOf(long studentId, Collection<Long> assignmentIds) {
        return em.createQuery(
                        "select new ru.spojournal.journal.domain.StudentRecordQueries$MarkRow(m.assignmentId,"
                                + " l.lessonDate, c.workTypeId, c.title, m.value, l.topic, m.updatedAt)"
                                + " from Mark m, MarkColumn c, Lesson l where m.studentId = :student and m.assignmentId in :ids"
                                + " and m.value is not null and c.id = m.columnId and c.deleted = false and l.id = c.lessonId"
                                + " and l.deleted = false",
                        MarkRow.class)
                .setParameter("student", studentId)
                .setParameter("ids", assignmentIds)
                .getResultList();
    }

    List<AbsenceRow> absencesOf(long studentId, Collection<Long> assignmentIds, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select new ru.spojournal.journal.domain.StudentRecordQueries$AbsenceRow(a.assignmentId, l.id,"
                                + " l.lessonDate, l.periodNumber, cast(a.kind as string), a.hoursMissed, l.hours, a.absenceReasonId)"
                                + " from Attendance a, Lesson l where a.studentId = :student and a.assignmentId in :ids"
                                + " and a.kind is not null and l.id = a.lessonId and l.deleted = false"
                                + " and l.lessonDate between :from and :to",
                        AbsenceRow.class)
                .setParameter("student", studentId)
                .setParameter("ids", assignmentIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    List<HomeworkRow> homeworkOf(Collection<Long> assignmentIds, LocalDate from) {
        List<Object[]> rows = em.createQuery(
                        "select h.id, h.assignmentId, l.lessonDate, h.dueDate, h.content, h.pages,"
                                + " h.tasks, t.studentId from Homework h join Lesson l on l.id = h.lessonId"
                                + " left join h.targets t where h.assignmentId in :ids and h.deleted = false"
                                + " and l.deleted = false and (h.dueDate >= :from or (h.dueDate is null and l.lessonDate >= :back))",
                        Object[].class)
                .setParameter("ids", assignmentIds)
                .setParameter("from", from)
                .setParameter("back", from.minusDays(7))
                .getResultList();
        Map<Long, HomeworkRow> byId = new HashMap<>();
        for (Object[] r : rows) {
            HomeworkRow row = byId.computeIfAbsent(
                    (Long) r[0],
                    id -> new HomeworkRow(
                            id,
                            (Long) r[1],
                            (LocalDate) r[2],
                            (LocalDate) r[3],
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            new HashSet<>()));
            if (r[7] != null) {
                row.targets().add((Long) r[7]);
            }
        }
        return List.copyOf(byId.values());
    }

    /** Absences without a reason, per student, between the dates: student id → hours. */
    Map<Long, Long> unexplainedHours(Collection<Long> studentIds, LocalDate from, LocalDate to) {
        Map<Long, Long> hours = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select a.studentId, coalesce(a.hoursMissed, l.hours) from Attendance a, Lesson l"
                                + " where a.studentId in :ids and a.kind = :absent and a.absenceReasonId is null"
                                + " and l.id = a.lessonId and l.deleted = false and l.lessonDate between :from and :to",
                        Object[].class)
                .setParameter("ids", studentIds)
                .setParameter("absent", AttendanceKind.ABSENT)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            hours.merge((Long) r[0], ((Number) r[1]).longValue(), Long::sum);
        }
        return hours;
    }

    /** The student's lessons up to a date, newest first, each as absent (true) or not. */
    List<Boolean> recentAbsences(long studentId, Collection<Long> assignmentIds, LocalDate upTo, int limit) {
        return em.createQuery(
                        "select case when a.kind = :absent then true else false end from Lesson l"
                                + " left join Attendance a on a.lessonId = l.id and a.studentId = :student"
                                + " where l.assignmentId in :ids and l.deleted = false and l.lessonDate <= :upTo"
                                + " order by l.lessonDate desc, l.periodNumber desc nulls last, l.id desc",
                        Boolean.class)
                .setParameter("absent", AttendanceKind.ABSENT)
                .setParameter("student", studentId)
                .setParameter("ids", assignmentIds)
                .setParameter("upTo", upTo)
                .setMaxResults(limit)
                .getResultList();
    }

    Set<Long> exemptAssignments(long studentId, Collection<Long> assignmentIds) {
        return new HashSet<>(em.createQuery(
                        "select e.assignmentId from Exemption e where e.studentId = :student"
                                + " and e.assignmentId in :ids and e.active = true",
                        Long.class)
                .setParameter("student", studentId)
                .setParameter("ids", assignmentIds)
                .getResultList());
    }
}
