package ru.spojournal.portal.domain;

import java.util.Collection;

/**
 * Who answers a parent's notice of absence, decided from plain facts. R19: parents tell the curator
 * the reasons of absences, and the curator confirms them; so the curator of the child's group, and
 * nobody else, opens the notice and its scan and decides it, once.
 */
final class NoticePolicy {

    private NoticePolicy() {}

    /** Whether a member of staff curates the student's group now. */
    static boolean curates(Long staffId, Long studentGroupId, Collection<Long> groupsCurated) {
        return staffId != null && studentGroupId != null && groupsCurated.contains(studentGroupId);
    }

    /** A notice is decided once: a confirmed or rejected one stays as the curator left it. */
    static boolean open(NoticeStatus status) {
        return status == NoticeStatus.SUBMITTED;
    }
}
