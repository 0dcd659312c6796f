package ru.spojournal.notification.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.spojournal.people.Contact;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.portal.AbsenceNoticeAnswered;
import ru.spojournal.portal.AbsenceNoticeSubmitted;

/** R19: the curator learns of a parent's notice; the parent learns of the curator's answer. */
@Component
class NoticeListeners {

    private final FamilyNotifier family;
    private final PeopleDirectory people;
    private final Notifications notifications;
    private final Texts texts;

    NoticeListeners(FamilyNotifier family, PeopleDirectory people, Notifications notifications, Texts texts) {
        this.family = family;
        this.people = people;
        this.notifications = notifications;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(AbsenceNoticeSubmitted e) {
        family.child(e.institutionId(), e.studentId()).ifPresent(child -> {
            List<Contact> curator = new ArrayList<>();
            if (child.group().curatorStaffId() != null) {
                people.staffContact(child.group().curatorStaffId()).ifPresent(curator::add);
            }
            notifications.send(
                    e.institutionId(),
                    curator,
                    new Notifications.Message(
                            NotificationKind.NOTICE,
                            texts.get(
                                    "notification.notice.submitted.title",
                                    child.student().name().full()),
                            texts.get("notification.notice.submitted.body"),
                            "/curator/notices",
                            "notice:" + e.noticeId()));
        });
    }

    @ApplicationModuleListener
    void on(AbsenceNoticeAnswered e) {
        family.child(e.institutionId(), e.studentId()).ifPresent(child -> {
            String title = texts.get(
                    e.confirmed() ? "notification.notice.confirmed.title" : "notification.notice.rejected.title",
                    child.student().name().full());
            family.toFamily(
                    e.institutionId(),
                    e.studentId(),
                    false,
                    new Notifications.Message(
                            NotificationKind.NOTICE,
                            title,
                            texts.get("notification.notice.answered.body"),
                            null,
                            "notice-answer:" + e.noticeId()),
                    "/notices");
        });
    }
}
