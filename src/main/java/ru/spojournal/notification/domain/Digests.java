package ru.spojournal.notification.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.journal.StudentRecords.StudentAbsence;
import ru.spojournal.journal.StudentRecords.StudentMark;
import ru.spojournal.notification.domain.NotificationKind.Delivery;
import ru.spojournal.people.Contact;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;

/**
 * The day's digest at 20:00 (what each account chose to receive as a digest) and the parents'
 * weekly digest on Sunday at 18:00, in the college's own time. Each digest has a key of its
 * account and day, so running the job twice sends it once.
 */
@Component
public class Digests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NotificationRepository inbox;
    private final Notifications notifications;
    private final PeopleDirectory people;
    private final StudentRecords records;
    private final FamilyNotifier family;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final Texts texts;
    private final Clock clock;

    Digests(
            NotificationRepository inbox,
            Notifications notifications,
            PeopleDirectory people,
            StudentRecords records,
            FamilyNotifier family,
            CollegeStructure structure,
            AcademicCalendar calendar,
            Texts texts,
            Clock clock) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.people = people;
        this.records = records;
        this.family = family;
        this.structure = structure;
        this.calendar = calendar;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 * * * *")
    void hourly() {
        for (long inst : structure.institutionIds()) {
            ZoneId zone = calendar.zone(inst);
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
            if (now.getHour() == 20) {
                daily(inst, now.toLocalDate());
            }
            if (now.getDayOfWeek() == DayOfWeek.SUNDAY && now.getHour() == 18) {
                weekly(inst, now.toLocalDate());
            }
        }
    }

    /** One e-mail per account with the day's notifications of the kinds it takes as a digest. */
    @Transactional
    public int daily(long institutionId, LocalDate day) {
        ZoneId zone = calendar.zone(institutionId);
        var from = day.atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Set<NotificationKind> digestible = EnumSet.of(
                NotificationKind.MARK, NotificationKind.ABSENCE, NotificationKind.HOMEWORK, NotificationKind.NOTICE);
        int sent = 0;
        for (Long account : inbox.accountsWith(digestible, from, to)) {
            Map<NotificationKind, Delivery> chosen = notifications.preferences(account);
            List<NotificationKind> kinds = digestible.stream()
                    .filter(k -> chosen.get(k) == Delivery.DIGEST)
                    .toList();
            if (kinds.isEmpty()) {
                continue;
            }
            List<Notification> today = inbox.between(account, kinds, from, to);
            if (today.isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            today.forEach(n -> body.append("• ")
                    .append(n.view().title())
                    .append(": ")
                    .append(n.view().body())
                    .append('\n'));
            body.append('\n').append(notifications.link("/notifications")).append('\n');
            var contact = people.contactOfAccount(account);
            if (contact.isPresent()) {
                notifications.email(
                        institutionId,
                        contact.get(),
                        "digest:" + account + ":" + day,
                        texts.get("notification.digest.daily.subject", day.format(DATE)),
                        body.toString());
                sent++;
            }
        }
        return sent;
    }

    /** Each parent: the week's marks and absences of each child, Monday to the given day. */
    @Transactional
    public int weekly(long institutionId, LocalDate sunday) {
        LocalDate monday = sunday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (PeopleDirectory.ParentWithChildren p : people.parentsWithAccounts(institutionId)) {
            Contact c = p.contact();
            if (notifications.preferences(c.accountId()).get(NotificationKind.WEEKLY_DIGEST) == Delivery.OFF) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            for (long childId : p.childIds()) {
                family.child(institutionId, childId)
                        .ifPresent(child -> body.append(week(institutionId, child, monday, sunday)));
            }
            if (!body.isEmpty()) {
                body.append('\n').append(notifications.link("/parent")).append('\n');
                notifications.email(
                        institutionId,
                        c,
                        "weekly:" + c.accountId() + ":" + monday,
                        texts.get("notification.digest.weekly.subject", monday.format(DATE), sunday.format(DATE)),
                        body.toString());
                sent++;
            }
        }
        return sent;
    }

    private String week(long institutionId, Addressee child, LocalDate monday, LocalDate sunday) {
        List<StudentMark> marks = records.marks(institutionId, child.student().id(), child.journalIds()).stream()
                .filter(m -> !m.date().isBefore(monday) && !m.date().isAfter(sunday))
                .toList();
        List<StudentAbsence> absences =
                records.absences(institutionId, child.student().id(), child.journalIds(), monday, sunday);
        StringBuilder out = new StringBuilder(child.student().name().full())
                .append(" (")
                .append(child.group().name())
                .append(")\n");
        out.append(texts.get("notification.digest.marks")).append('\n');
        if (marks.isEmpty()) {
            out.append("  —\n");
        }
        marks.forEach(m -> out.append("  ")
                .append(m.date().format(DATE))
                .append(' ')
                .append(child.subjectOf(m.assignmentId()).name())
                .append(": ")
                .append(m.display())
                .append(" (")
                .append(m.workType())
                .append(")\n"));
        int hours = absences.stream()
                .filter(a -> a.kind().equals("ABSENT"))
                .mapToInt(StudentAbsence::hours)
                .sum();
        out.append(texts.get("notification.digest.absences", hours)).append("\n\n");
        return out.toString();
    }
}
