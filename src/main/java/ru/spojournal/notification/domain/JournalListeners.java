package ru.spojournal.notification.domain;

import java.time.format.DateTimeFormatter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.journal.JournalEvents.AttendancePosted;
import ru.spojournal.journal.JournalEvents.HomeworkSet;
import ru.spojournal.journal.JournalEvents.MarkPosted;
import ru.spojournal.journal.MarkValue;
import ru.spojournal.structure.SubjectView;

/**
 * R25: students and parents learn of new marks, absences and homework online. Each reaction runs
 * after the journal's change is committed, in its own transaction, and is retried by the event
 * registry if it fails.
 */
@Component
class JournalListeners {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final FamilyNotifier family;
    private final Texts texts;
    private final Alerts alerts;
    private final ru.spojournal.teaching.TeachingLoad load;
    private final ru.spojournal.people.PeopleDirectory people;
    private final ru.spojournal.structure.CollegeStructure structure;

    JournalListeners(
            FamilyNotifier family,
            Texts texts,
            Alerts alerts,
            ru.spojournal.teaching.TeachingLoad load,
            ru.spojournal.people.PeopleDirectory people,
            ru.spojournal.structure.CollegeStructure structure) {
        this.load = load;
        this.people = people;
        this.structure = structure;
        this.family = family;
        this.texts = texts;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(MarkPosted e) {
        if (e.value() == null) {
            return;
        }
        family.child(e.institutionId(), e.studentId()).ifPresent(child -> {
            String subject = subject(child, e.assignmentId());
            String shown = MarkValue.ofCode(e.value()).map(MarkValue::display).orElse(e.value());
            String title = e.previous() == null
                    ? texts.get("notification.mark.title", shown, subject)
                    : texts.get(
                            "notification.markChanged.title",
                            MarkValue.ofCode(e.previous())
                                    .map(MarkValue::display)
                                    .orElse(e.previous()),
                            shown,
                            subject);
            String body = texts.get(
                    "notification.mark.body",
                    child.student().name().full(),
                    e.lessonDate().format(DATE));
            family.toFamily(
                    e.institutionId(),
                    e.studentId(),
                    true,
                    new Notifications.Message(
                            ru.spojournal.notification.domain.NotificationKind.MARK,
                            title,
                            body,
                            null,
                            "mark:" + e.columnId() + ":" + e.studentId() + ":" + e.version()),
                    "/marks");
            alerts.afterMark(e, child);
        });
    }

    @ApplicationModuleListener
    void on(AttendancePosted e) {
        if (e.kind() != AttendanceKind.ABSENT) {
            return;
        }
        family.child(e.institutionId(), e.studentId()).ifPresent(child -> {
            String subject = subject(child, e.assignmentId());
            String title = texts.get(
                    "notification.absence.title", child.student().name().full(), subject);
            String body = texts.get("notification.absence.body", e.lessonDate().format(DATE), e.hours());
            family.toFamily(
                    e.institutionId(),
                    e.studentId(),
                    false,
                    new Notifications.Message(
                            NotificationKind.ABSENCE,
                            title,
                            body,
                            null,
                            "absence:" + e.lessonId() + ":" + e.studentId()),
                    "/attendance");
            alerts.afterAbsence(e, child);
        });
    }

    @ApplicationModuleListener
    void on(HomeworkSet e) {
        // Homework goes to the students (and parents) of the journal: the group's, or those named.
        java.util.Collection<Long> students = e.studentIds().isEmpty() ? journalStudents(e) : e.studentIds();
        students.forEach(s -> homework(e, s));
    }

    private java.util.List<Long> journalStudents(HomeworkSet e) {
        return load.assignment(e.institutionId(), e.assignmentId())
                .map(a -> {
                    java.util.List<Long> ids = people.studentsOfGroups(java.util.List.of(a.groupId())).stream()
                            .map(ru.spojournal.people.StudentView::id)
                            .toList();
                    if (a.subgroupId() == null) {
                        return ids;
                    }
                    java.util.Set<Long> members = new java.util.HashSet<>(structure.subgroupStudentIds(a.subgroupId()));
                    return ids.stream().filter(members::contains).toList();
                })
                .orElse(java.util.List.of());
    }

    private void homework(HomeworkSet e, long studentId) {
        family.child(e.institutionId(), studentId).ifPresent(child -> {
            String title = texts.get("notification.homework.title", subject(child, e.assignmentId()));
            family.toFamily(
                    e.institutionId(),
                    studentId,
                    true,
                    new Notifications.Message(
                            NotificationKind.HOMEWORK,
                            title,
                            e.content(),
                            null,
                            "homework:" + e.lessonId() + ":" + studentId),
                    "/homework");
        });
    }

    private static String subject(Addressee child, long assignmentId) {
        SubjectView s = child.subjectOf(assignmentId);
        return s == null ? "" : s.name();
    }
}
