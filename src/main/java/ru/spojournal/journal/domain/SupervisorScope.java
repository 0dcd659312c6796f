package ru.spojournal.journal.domain;

import java.util.Objects;
import java.util.Set;
import ru.spojournal.platform.security.Role;

/**
 * Which groups' journals a member of staff reads as a supervisor, decided from plain facts (R11):
 * deputy directors and the director every group of the college; a head of department the groups of
 * the departments they head; a curator (классный руководитель) the groups they curate. Reading is
 * all a supervisor does: recording stays with the journal's teacher (R8).
 *
 * @param wholeCollege a deputy or the director
 * @param departments the departments headed, while the user holds the head's role
 * @param staffId the user's staff record, for the groups they curate; {@code null} for none
 */
public record SupervisorScope(boolean wholeCollege, Set<Long> departments, Long staffId) {

    public SupervisorScope {
        departments = Set.copyOf(departments);
    }

    /** The scope of a user with these roles, staff record and departments headed. */
    public static SupervisorScope of(Set<Role> roles, Long staffId, Set<Long> departmentsHeaded) {
        boolean college = roles.contains(Role.DEPUTY) || roles.contains(Role.DIRECTOR);
        Set<Long> headed = staffId != null && roles.contains(Role.DEPARTMENT_HEAD) ? departmentsHeaded : Set.<Long>of();
        return new SupervisorScope(college, headed, staffId);
    }

    /** Whether the journals of a group of this department and curator are in the scope. */
    public boolean covers(Long groupDepartmentId, Long groupCuratorStaffId) {
        return wholeCollege
                || (groupDepartmentId != null && departments.contains(groupDepartmentId))
                || (staffId != null && Objects.equals(staffId, groupCuratorStaffId));
    }
}
