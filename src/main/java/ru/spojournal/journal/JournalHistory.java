package ru.spojournal.journal;

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
    private final Clock clock;

    JournalHistory(JournalChangeRepository changes, PeopleDirectory people, Clock clock) {
        this.changes = changes;
        this.people = people;
        this.clock = clock;
    }

    void record(JournalContext ctx, Long lessonId, ChangeKind kind, Long subjectId, Long studentId, String oldValue,
            String newValue, String reason, boolean late) {
        changes.save(new JournalChange(ctx.institutionId(), ctx.assignmentId(), lessonId, kind, subjectId, studentId,
                oldValue, newValue, blankToNull(reason), late, clock.instant(), ctx.user().accountId()));
    }

    void record(long institutionId, long assignmentId, Long lessonId, ChangeKind kind, Long subjectId, Long studentId,
            String oldValue, String newValue, String reason, long accountId) {
        changes.save(new JournalChange(institutionId, assignmentId, lessonId, kind, subjectId, studentId, oldValue,
                newValue, blankToNull(reason), false, clock.instant(), accountId));
    }

    List<ChangeView> ofCell(JournalContext ctx, ChangeKind kind, long subjectId, long studentId) {
        return named(changes.ofCell(ctx.assignmentId(), kind, subjectId, studentId));
    }

    List<ChangeView> ofLesson(JournalContext ctx, long lessonId) {
        return named(changes.ofLesson(ctx.assignmentId(), lessonId));
    }

    List<ChangeView> latest(JournalContext ctx, int limit) {
        return named(changes.ofJournal(ctx.assignmentId(), PageRequest.of(0, limit)));
    }

    private List<ChangeView> named(List<JournalChange> found) {
        Collection<Long> accounts = found.stream().map(JournalChange::getChangedBy).distinct().toList();
        Map<Long, String> names = people.accountNames(accounts);
        return found.stream().map(c -> c.view(names.getOrDefault(c.getChangedBy(), "—"))).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
