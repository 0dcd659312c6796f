package ru.spojournal.journal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.spojournal.journal.domain.HomeworkDetails;
import ru.spojournal.journal.domain.JournalCommands.ColumnSpec;
import ru.spojournal.journal.domain.JournalCommands.SaveLesson;
import ru.spojournal.journal.domain.JournalGrid;
import ru.spojournal.journal.domain.LessonDetails;

/** What the journal API answers, and how its requests become commands. */
final class JournalResponses {

    private JournalResponses() {}

    record Created(long id) {}

    record Student(
            long id, int number, String name, boolean exempt, BigDecimal average, int markCount, int hoursMissed) {}

    record Column(long id, String workType, String title, boolean passFail) {}

    record Lesson(
            long id,
            LocalDate date,
            Integer periodNumber,
            int hours,
            String topic,
            String lessonType,
            String homework,
            String individualHomework,
            List<Column> columns,
            long version,
            java.time.Instant attendanceTakenAt) {}

    record MarkCell(long columnId, long studentId, String value, String display, long version) {}

    record AttendanceCell(long lessonId, long studentId, String kind, String display, long version, Long reasonId) {}

    record JournalData(
            long id,
            String title,
            String term,
            boolean editable,
            List<Student> students,
            List<Lesson> lessons,
            List<MarkCell> marks,
            List<AttendanceCell> attendance,
            BigDecimal quality,
            BigDecimal success) {}

    static JournalData of(JournalGrid grid) {
        List<MarkCell> marks = new ArrayList<>();
        grid.marks()
                .forEach((columnId, byStudent) -> byStudent.forEach((studentId, cell) ->
                        marks.add(new MarkCell(columnId, studentId, cell.value(), cell.display(), cell.version()))));
        List<AttendanceCell> attendance = new ArrayList<>();
        grid.attendance()
                .forEach((lessonId, byStudent) ->
                        byStudent.forEach((studentId, cell) -> attendance.add(new AttendanceCell(
                                lessonId, studentId, cell.value(), cell.display(), cell.version(), cell.reasonId()))));
        return new JournalData(
                grid.context().assignmentId(),
                grid.context().title(),
                grid.context().term().name(),
                grid.context().editable(),
                grid.students().stream()
                        .map(s -> new Student(
                                s.id(), s.number(), s.name(), s.exempt(), s.average(), s.markCount(), s.hoursMissed()))
                        .toList(),
                grid.lessons().stream()
                        .map(l -> new Lesson(
                                l.id(),
                                l.date(),
                                l.periodNumber(),
                                l.hours(),
                                l.topic(),
                                l.lessonType(),
                                l.homework(),
                                l.individualHomework(),
                                l.columns().stream()
                                        .map(c -> new Column(c.id(), c.workType(), c.title(), c.passFail()))
                                        .toList(),
                                l.version(),
                                l.attendanceTakenAt()))
                        .toList(),
                marks,
                attendance,
                grid.shares().quality(),
                grid.shares().success());
    }

    static SaveLesson command(JournalApiRequests.LessonRequest body) {
        List<ColumnSpec> columns = body.columns() == null
                ? null
                : body.columns().stream()
                        .map(c -> new ColumnSpec(c.workTypeId(), c.title()))
                        .toList();
        return new SaveLesson(
                new LessonDetails(body.date(), body.periodNumber(), body.hours(), body.topic(), body.lessonTypeId()),
                columns,
                homework(body.homework(), false),
                homework(body.individualHomework(), true),
                body.reason(),
                body.version());
    }

    private static HomeworkDetails homework(JournalApiRequests.HomeworkRequest h, boolean individual) {
        if (h == null) {
            return null;
        }
        Set<Long> students = individual && h.studentIds() != null ? h.studentIds() : Set.of();
        return new HomeworkDetails(h.content(), h.pages(), h.tasks(), h.dueDate(), students);
    }
}
