package ru.spojournal.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.spojournal.people.Contact;
import ru.spojournal.people.PeopleDirectory;

/** Addresses of a student's family and of their curator, and the links of the student's pages for each. */
@Component
class FamilyNotifier {

    private final PeopleDirectory people;
    private final Addressees addressees;
    private final Notifications notifications;

    FamilyNotifier(PeopleDirectory people, Addressees addressees, Notifications notifications) {
        this.people = people;
        this.addressees = addressees;
        this.notifications = notifications;
    }

    Optional<Addressee> child(long institutionId, long studentId) {
        return addressees.of(institutionId, studentId);
    }

    /**
     * Sends to the student and the parents, each with the link to their own page: one delivery for
     * the student and one for all the parents, so that a reaction's cost does not grow with the family.
     */
    void toFamily(long institutionId, long studentId, boolean includeStudent, Notifications.Message m, String page) {
        List<Contact> student = new ArrayList<>();
        List<Contact> parents = new ArrayList<>();
        for (Contact c : people.familyOf(List.of(studentId)).getOrDefault(studentId, List.of())) {
            (c.kind() == Contact.Kind.STUDENT ? student : parents).add(c);
        }
        if (includeStudent && !student.isEmpty()) {
            notifications.send(
                    institutionId,
                    student,
                    new Notifications.Message(m.kind(), m.title(), m.body(), "/student" + page, m.key()));
        }
        if (!parents.isEmpty()) {
            notifications.send(
                    institutionId,
                    parents,
                    new Notifications.Message(
                            m.kind(), m.title(), m.body(), "/parent" + page + "?child=" + studentId, m.key()));
        }
    }

    /** Sends to the parents and to the curator of the student's group. */
    void toParentsAndCurator(long institutionId, Addressee child, Notifications.Message m, String page) {
        toFamily(institutionId, child.student().id(), false, m, page);
        if (child.group().curatorStaffId() != null) {
            List<Contact> curator = new ArrayList<>();
            people.staffContact(child.group().curatorStaffId()).ifPresent(curator::add);
            notifications.send(
                    institutionId,
                    curator,
                    new Notifications.Message(m.kind(), m.title(), m.body(), "/curator", m.key()));
        }
    }
}
