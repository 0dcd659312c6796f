package ru.spojournal.portal.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.security.Role;

/**
 * Whose pages a student or a parent may open, and which of them, decided from plain facts.
 * <ul>
 *   <li>R9: a student sees only themselves; R10: a parent only the children linked to them;</li>
 *   <li>after a student leaves (expelled or graduated), the record of their marks and attendance
 *       stays theirs to read, and their parents' (152-ФЗ, R20); the timetable, homework, the
 *       calendar feed and reasons of absence end with their studies, and no new notifications
 *       reach them. A student on academic leave keeps every page.</li>
 * </ul>
 */
public final class FamilyPolicy {

    /** The pages of a student, as their own and their parents' menus show them. */
    public enum Section {
        HOME,
        MARKS,
        ATTENDANCE,
        SCHEDULE,
        HOMEWORK,
        NOTICES,
        CALENDAR
    }

    private FamilyPolicy() {}

    /** The students whose pages the account may open: the student themselves, and a parent's children. */
    public static Set<Long> visibleStudents(Set<Role> roles, Long ownStudentId, Collection<Long> linkedChildren) {
        Set<Long> ids = new HashSet<>();
        if (roles.contains(Role.STUDENT) && ownStudentId != null) {
            ids.add(ownStudentId);
        }
        if (roles.contains(Role.PARENT)) {
            ids.addAll(linkedChildren);
        }
        return ids;
    }

    /** Whether the student has left the college for good: expelled or graduated. */
    public static boolean left(StudentStatus status) {
        return status.left();
    }

    /** Whether the section is open for a student of this status (and for their parents). */
    public static boolean allows(StudentStatus status, Section section) {
        return !left(status) || section == Section.HOME || section == Section.MARKS || section == Section.ATTENDANCE;
    }
}
