package ru.spojournal.notification.domain;

import java.util.List;
import java.util.Map;
import ru.spojournal.people.StudentView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.teaching.AssignmentView;

/**
 * The student a notification is about, as the notification needs them: the group (for its curator),
 * the term's journals that hold the student, and the subjects' names.
 */
public record Addressee(
        StudentView student, GroupView group, List<AssignmentView> journals, Map<Long, SubjectView> subjects) {

    public List<Long> journalIds() {
        return journals.stream().map(AssignmentView::id).toList();
    }

    SubjectView subjectOf(long assignmentId) {
        return journals.stream()
                .filter(a -> a.id() == assignmentId)
                .findFirst()
                .map(a -> subjects.get(a.subjectId()))
                .orElse(null);
    }
}
