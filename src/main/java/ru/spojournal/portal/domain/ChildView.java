package ru.spojournal.portal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.spojournal.people.StudentView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;

/**
 * One student as their own pages (or their parent's) show them: the group, the journals of the
 * term that hold the student (group-wide ones and those of the student's subgroups), and names.
 * For a student who has left, the day they left and the term they left in.
 */
public record ChildView(
        StudentView student,
        GroupView group,
        TermView term,
        List<AssignmentView> journals,
        Map<Long, SubjectView> subjects,
        Map<Long, String> teachers,
        LocalDate today,
        LocalDate leftOn) {

    /** Expelled or graduated: only the record of marks and attendance stays open. */
    public boolean left() {
        return FamilyPolicy.left(student.status());
    }

    public boolean allows(FamilyPolicy.Section section) {
        return FamilyPolicy.allows(student.status(), section);
    }

    public List<Long> journalIds() {
        return journals.stream().map(AssignmentView::id).toList();
    }

    public SubjectView subjectOf(long assignmentId) {
        return journals.stream()
                .filter(a -> a.id() == assignmentId)
                .findFirst()
                .map(a -> subjects.get(a.subjectId()))
                .orElse(null);
    }

    public String teacherOf(long assignmentId) {
        return journals.stream()
                .filter(a -> a.id() == assignmentId)
                .findFirst()
                .map(a -> teachers.get(a.teacherStaffId()))
                .orElse("");
    }
}
