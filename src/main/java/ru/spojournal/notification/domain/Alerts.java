package ru.spojournal.notification.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.spojournal.journal.JournalEvents.AttendancePosted;
import ru.spojournal.journal.JournalEvents.MarkPosted;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.journal.StudentRecords.StudentAbsence;
import ru.spojournal.journal.StudentRecords.StudentMark;

/**
 * Early warnings (R24) to the curator and the parents: a student missed several lessons in a row,
 * missed many hours this month, or a subject's average fell low. Each alert is sent once for its
 * occasion (the streak's day, the month, the week).
 */
@Component
class Alerts {

    private final StudentRecords records;
    private final FamilyNotifier family;
    private final AlertSettings settings;
    private final Texts texts;

    Alerts(StudentRecords records, FamilyNotifier family, AlertSettings settings, Texts texts) {
        this.records = records;
        this.family = family;
        this.settings = settings;
        this.texts = texts;
    }

    void afterAbsence(AttendancePosted e, Addressee child) {
        String name = child.student().name().full();
        int streak = records.absenceStreak(child.student().id(), child.journalIds(), e.lessonDate());
        if (streak >= settings.absenceStreak()) {
            send(
                    e.institutionId(),
                    child,
                    texts.get("notification.alert.streak.title", name),
                    texts.get("notification.alert.streak.body", name, streak),
                    "alert:streak:" + child.student().id() + ":" + e.lessonDate(),
                    "/attendance");
        }
        LocalDate first = e.lessonDate().withDayOfMonth(1);
        List<StudentAbsence> month = records.absences(
                e.institutionId(),
                child.student().id(),
                child.journalIds(),
                first,
                first.plusMonths(1).minusDays(1));
        int hours = month.stream()
                .filter(a -> a.kind().equals("ABSENT"))
                .mapToInt(StudentAbsence::hours)
                .sum();
        if (hours >= settings.monthHours()) {
            send(
                    e.institutionId(),
                    child,
                    texts.get("notification.alert.month.title", name),
                    texts.get("notification.alert.month.body", name, hours),
                    "alert:month:" + child.student().id() + ":" + first,
                    "/attendance");
        }
    }

    void afterMark(MarkPosted e, Addressee child) {
        List<StudentMark> marks =
                records.marks(e.institutionId(), child.student().id(), List.of(e.assignmentId()));
        BigDecimal average = StudentRecords.average(marks);
        long graded = marks.stream().filter(m -> m.value().matches("[2-5]")).count();
        if (average != null && graded >= settings.minMarks() && average.compareTo(settings.lowAverage()) < 0) {
            String subject = child.subjectOf(e.assignmentId()).name();
            String name = child.student().name().full();
            int week = e.lessonDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            send(
                    e.institutionId(),
                    child,
                    texts.get("notification.alert.low.title", name, subject),
                    texts.get("notification.alert.low.body", name, subject, average),
                    "alert:low:" + e.assignmentId() + ":" + child.student().id() + ":" + week,
                    "/marks");
        }
    }

    private void send(long institutionId, Addressee child, String title, String body, String key, String page) {
        family.toParentsAndCurator(
                institutionId, child, new Notifications.Message(NotificationKind.ALERT, title, body, null, key), page);
    }
}
