package ru.spojournal.journal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.spojournal.journal.AttendanceKind;

/** Bodies of the journal API; Russian messages name the field. */
final class JournalApiRequests {

    private JournalApiRequests() {}

    record ColumnRequest(
            Long workTypeId,

            @Size(max = 100, message = "{lesson.column.titleTooLong}")
            String title) {}

    record HomeworkRequest(
            @Size(max = 2000, message = "{homework.content.tooLong}")
            String content,

            @Size(max = 200, message = "{homework.pages.tooLong}")
            String pages,

            @Size(max = 200, message = "{homework.tasks.tooLong}")
            String tasks,

            LocalDate dueDate,
            Set<@NotNull(message = "{homework.students.blank}") Long> studentIds) {}

    record LessonRequest(
            @NotNull(message = "{lesson.date.required}") LocalDate date,

            @Min(value = 1, message = "{lesson.period.range}") @Max(value = 8, message = "{lesson.period.range}")
            Integer periodNumber,

            @NotNull(message = "{lesson.hours.required}") Integer hours,

            @NotBlank(message = "{lesson.topic.required}") @Size(max = 500, message = "{lesson.topic.tooLong}")
            String topic,

            Long lessonTypeId,
            @Valid List<@NotNull(message = "{lesson.columns.blank}") ColumnRequest> columns,
            @Valid HomeworkRequest homework,
            @Valid HomeworkRequest individualHomework,

            @Size(max = 500, message = "{journal.reason.tooLong}")
            String reason,

            Long version) {}

    record MarkRequest(
            @NotNull(message = "{mark.column.required}") Long columnId,
            @NotNull(message = "{journal.student.required}") Long studentId,

            @Size(max = 20, message = "{mark.value.invalid}")
            String value,

            Long version,

            @Size(max = 500, message = "{journal.reason.tooLong}")
            String reason) {}

    record AttendanceRequest(
            @NotNull(message = "{attendance.lesson.required}")
            Long lessonId,

            @NotNull(message = "{journal.student.required}") Long studentId,
            AttendanceKind kind,
            Integer hours,
            Long reasonId,
            Long version,

            @Size(max = 500, message = "{journal.reason.tooLong}")
            String reason) {}

    record ExemptionRequest(
            boolean exempt,

            @Size(max = 300, message = "{exemption.reason.tooLong}")
            String reason) {}
}
