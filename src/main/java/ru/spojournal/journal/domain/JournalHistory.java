package ru.spojournal.journal.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PeopleDirectory;

/** R1: writes and reads the history of a journal's records. */
@Component
class JournalHistory {

    private final JournalChangeRepository changes;
    private final PeopleDirectory people;
    private final MarkColumnRepository columns;
    private final WorkTypeRepository workTypes;
    private final Clock clock;

    JournalHistory(
            JournalChangeRepository changes,
            PeopleDirectory people,
            MarkColumnRepository columns,
            WorkTypeRepository workTypes,
            Clock clock) {
        this.changes = changes;
        this.people = people;
        this.columns = columns;
        this.workTypes = workTypes;
        this.clock = clock;
    }

    void record(
            RecordingScope ctx,
            Long lessonId,
            ChangeKind kind,
            Long subjectId,
            Long studentId,
            String oldValue,
            String newValue,
            String reason,
            boolean late) {
        changes.save(new JournalChange(
                ctx.institutionId(),
                ctx.assignmentId(),
                lessonId,
                kind,
                subjectId,
                studentId,
                oldValue,
                newValue,
                blankToNull(reason),
                late,
                clock.instant(),
                ctx.user().accountId()));
    }

    void record(
            long institutionId,
            long assignmentId,
            Long lessonId,
            ChangeKind kind,
            Long subjectId,
            Long studentId,
            String oldValue,
            String newValue,
            String reason,
            long accountId) {
        changes.save(new JournalChange(
                institutionId,
                assignmentId,
                lessonId,
                kind,
                subjectId,
                studentId,
                oldValue,
                newValue,
                blankToNull(reason),
                false,
                clock.instant(),
                accountId));
    }

    List<ChangeView> ofCell(JournalContext ctx, ChangeKind kind, long subjectId, long studentId) {
        return named(ctx, changes.ofCell(ctx.assignmentId(), kind, subjectId, studentId));
    }

    List<ChangeView> ofLesson(JournalContext ctx, long lessonId) {
        return named(ctx, changes.ofLesson(ctx.assignmentId(), lessonId));
    }

    List<ChangeView> latest(JournalContext ctx, int limit) {
        return named(ctx, changes.ofJournal(ctx.assignmentId(), PageRequest.of(0, limit)));
    }

    /**
     * Each line with who changed it, whose cell it is and which column: one query for the
     * accounts, one for the students, one for the columns and one for the kinds of work, however
     * many lines there are.
     */
    private List<ChangeView> named(JournalContext ctx, List<JournalChange> found) {
        Collection<Long> accounts =
                found.stream().map(JournalChange::getChangedBy).distinct().toList();
        Map<Long, String> names = people.accountNames(accounts);
        List<Long> studentIds = found.stream()
                .map(JournalChange::getStudentId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> students = people.studentsByIds(studentIds).stream()
                .collect(java.util.stream.Collectors.toMap(
                        s -> s.id(), s -> s.name().full(), (a, b) -> a));
        List<Long> columnIds = found.stream()
                .filter(c -> c.getKind() == ChangeKind.MARK || c.getKind() == ChangeKind.COLUMN)
                .map(JournalChange::getSubjectId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> columnNames = columnNames(ctx, columnIds);
        return found.stream()
                .map(c -> c.view(
                        names.getOrDefault(c.getChangedBy(), "—"),
                        c.getStudentId() == null ? null : students.get(c.getStudentId()),
                        c.getKind() == ChangeKind.MARK || c.getKind() == ChangeKind.COLUMN
                                ? columnNames.get(c.getSubjectId())
                                : null))
                .toList();
    }

    private Map<Long, String> columnNames(JournalContext ctx, List<Long> columnIds) {
        if (columnIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> typeNames = workTypes.findByInstitutionIdOrderBySortOrder(ctx.institutionId()).stream()
                .collect(java.util.stream.Collectors.toMap(
                        WorkType::getId, w -> w.view().name()));
        Map<Long, String> named = new java.util.HashMap<>();
        for (MarkColumn c : columns.findAllById(columnIds)) {
            if (!c.getAssignmentId().equals(ctx.assignmentId())) {
                continue;
            }
            String type = typeNames.getOrDefault(c.getWorkTypeId(), "—");
            named.put(c.getId(), c.getTitle() == null || c.getTitle().isBlank() ? type : type + " " + c.getTitle());
        }
        return named;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
