package ru.spojournal.journal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many lessons with their marks, attendance and homework in JDBC batches: for the demo
 * college and for benchmarks, where going through the one-cell services would take minutes. The
 * records are those a teacher would have typed, so they carry no history of changes.
 */
@Service
public class JournalBulkLoad {

    private static final int ID_BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final JournalSettings settings;
    private long nextId;
    private long lastId;

    JournalBulkLoad(JdbcTemplate jdbc, JournalSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A mark column of a seeded lesson, with its marks by student id (codes of {@link MarkValue}). */
    public record ColumnSeed(String workTypeCode, String title, Map<Long, String> marks) {}

    /** An absence («н», hours) or lateness («оп») of a student, with a reason code or none. */
    public record AbsenceSeed(AttendanceKind kind, Integer hours, String reasonCode) {}

    /** A lesson as recorded, with when it was recorded and when attendance was taken. */
    public record LessonSeed(
            long assignmentId,
            LocalDate date,
            Integer periodNumber,
            int hours,
            String topic,
            String lessonTypeCode,
            String homework,
            List<ColumnSeed> columns,
            Map<Long, AbsenceSeed> absences,
            Instant recordedAt,
            long recordedBy) {}

    @Transactional
    public synchronized void load(long institutionId, List<LessonSeed> seeds) {
        Map<String, Long> workTypes = settings.workTypes(institutionId).stream()
                .collect(Collectors.toMap(WorkTypeView::code, WorkTypeView::id));
        Map<String, Long> lessonTypes = settings.lessonTypes(institutionId).stream()
                .collect(Collectors.toMap(NamedOption::code, NamedOption::id));
        Map<String, Long> reasons = settings.absenceReasons(institutionId).stream()
                .collect(Collectors.toMap(AbsenceReasonView::code, AbsenceReasonView::id));
        List<Object[]> lessons = new ArrayList<>();
        List<Object[]> columns = new ArrayList<>();
        List<Object[]> marks = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        List<Object[]> homework = new ArrayList<>();
        for (LessonSeed s : seeds) {
            long lessonId = id();
            Timestamp at = Timestamp.from(s.recordedAt());
            lessons.add(new Object[] {
                lessonId,
                institutionId,
                s.assignmentId(),
                Date.valueOf(s.date()),
                s.periodNumber(),
                s.hours(),
                s.topic(),
                lessonTypes.get(s.lessonTypeCode()),
                at,
                at,
                s.recordedBy()
            });
            int position = 0;
            for (ColumnSeed c : s.columns()) {
                long columnId = id();
                columns.add(new Object[] {
                    columnId,
                    institutionId,
                    s.assignmentId(),
                    lessonId,
                    workTypes.get(c.workTypeCode()),
                    c.title(),
                    position++
                });
                c.marks()
                        .forEach((studentId, code) -> marks.add(new Object[] {
                            id(), institutionId, s.assignmentId(), columnId, studentId, code, at, s.recordedBy()
                        }));
            }
            s.absences()
                    .forEach((studentId, a) -> attendance.add(new Object[] {
                        id(),
                        institutionId,
                        s.assignmentId(),
                        lessonId,
                        studentId,
                        a.kind().name(),
                        a.kind() == AttendanceKind.ABSENT ? a.hours() : null,
                        a.reasonCode() == null ? null : reasons.get(a.reasonCode()),
                        at,
                        s.recordedBy()
                    }));
            if (s.homework() != null) {
                homework.add(new Object[] {id(), institutionId, s.assignmentId(), lessonId, s.homework()});
            }
        }
        batch(
                "insert into lesson (id, institution_id, assignment_id, lesson_date, period_number, hours, topic,"
                        + " lesson_type_id, first_recorded_at, attendance_taken_at, recorded_by) values (?,?,?,?,?,?,?,?,?,?,?)",
                lessons);
        batch(
                "insert into mark_column (id, institution_id, assignment_id, lesson_id, work_type_id, title, position)"
                        + " values (?,?,?,?,?,?,?)",
                columns);
        batch(
                "insert into mark (id, institution_id, assignment_id, column_id, student_id, mark_value, updated_at,"
                        + " updated_by) values (?,?,?,?,?,?,?,?)",
                marks);
        batch(
                "insert into attendance (id, institution_id, assignment_id, lesson_id, student_id, kind, hours_missed,"
                        + " absence_reason_id, updated_at, updated_by) values (?,?,?,?,?,?,?,?,?,?)",
                attendance);
        batch(
                "insert into homework (id, institution_id, assignment_id, lesson_id, content) values (?,?,?,?,?)",
                homework);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    /** Ids from the shared sequence, in the blocks of fifty that Hibernate also takes. */
    private long id() {
        if (nextId == 0 || nextId > lastId) {
            Long top = jdbc.queryForObject("select nextval('id_seq')", Long.class);
            lastId = top;
            nextId = top - ID_BLOCK + 1;
        }
        return nextId++;
    }
}
