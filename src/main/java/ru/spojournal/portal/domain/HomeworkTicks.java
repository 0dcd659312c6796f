package ru.spojournal.portal.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.platform.error.AccessRefusedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;

/** A student ticks their homework as done; the tick is theirs alone (a parent sees no ticks). */
@Service
@Transactional
public class HomeworkTicks {

    private final HomeworkDoneRepository done;
    private final PortalScope scope;
    private final StudentRecords records;
    private final Clock clock;

    HomeworkTicks(HomeworkDoneRepository done, PortalScope scope, StudentRecords records, Clock clock) {
        this.done = done;
        this.scope = scope;
        this.records = records;
        this.clock = clock;
    }

    public void tick(CurrentUser student, long homeworkId, boolean isDone) {
        if (student.studentId() == null) {
            throw new AccessRefusedException("only a student ticks homework");
        }
        ChildView self = scope.child(student, student.studentId(), FamilyPolicy.Section.HOMEWORK);
        boolean own = records
                .homework(self.student().id(), self.journalIds(), self.today().minusDays(60))
                .stream()
                .anyMatch(h -> h.homeworkId() == homeworkId);
        if (!own) {
            throw new NotFoundException("homework");
        }
        HomeworkDone.Key key = new HomeworkDone.Key(homeworkId, self.student().id());
        if (isDone && !done.existsById(key)) {
            done.save(new HomeworkDone(
                    student.institutionId(), homeworkId, self.student().id(), clock.instant()));
        } else if (!isDone) {
            done.deleteById(key);
        }
    }

    @Transactional(readOnly = true)
    public Set<Long> doneOf(long studentId, Collection<Long> homeworkIds) {
        return homeworkIds.isEmpty() ? Set.of() : new HashSet<>(done.doneOf(studentId, homeworkIds));
    }
}
