package ru.spojournal.notification.domain;

import ru.spojournal.people.StudentStatus;

/**
 * Whose family hears of the journal (R25): news of marks, absences, homework and alerts reach a
 * student and their parents while the student is at the college, on academic leave included; after
 * expulsion or graduation nothing more is sent (152-ФЗ: the college's relation with them has ended).
 */
final class NewsPolicy {

    private NewsPolicy() {}

    static boolean reaches(StudentStatus status) {
        return !status.left();
    }
}
