package ru.spojournal.journal.domain;

import java.util.Objects;
import java.util.Set;
import ru.spojournal.platform.security.Role;

/**
 * Who may do what in one journal, decided from plain facts so that every case can be tested alone.
 * <ul>
 *   <li>R8: the journal's own teacher records in it; a teacher who replaces them (замена) records
 *       on the days replaced;</li>
 *   <li>R1: an archived assignment or an archived group keeps its journal as it is: its teacher and
 *       supervisors read it, nobody records in it any more;</li>
 *   <li>R11: deputies and the director read every journal, a head of department those of the
 *       department's groups, a curator those of the group;</li>
 *   <li>R14: an administrator as such neither reads nor records journals.</li>
 * </ul>
 * A dismissed member of staff never gets here: their staff roles end with the dismissal (R16).
 */
final class JournalPolicy {

    /** What the user may do in the journal. */
    enum Right {
        NONE,
        READ,
        RECORD;

        boolean mayRead() {
            return this != NONE;
        }
    }

    /**
     * The facts the decision needs: the user's roles and staff record, the journal's teacher, the
     * state of the assignment and the group, who curates the group and which departments the user heads.
     */
    record Facts(
            Set<Role> roles,
            Long staffId,
            long teacherStaffId,
            boolean substitute,
            boolean assignmentArchived,
            boolean groupArchived,
            Long groupDepartmentId,
            Long groupCuratorStaffId,
            Set<Long> departmentsHeaded) {}

    private JournalPolicy() {}

    static Right decide(Facts f) {
        if (f.staffId() == null
                && !f.roles().contains(Role.DEPUTY)
                && !f.roles().contains(Role.DIRECTOR)) {
            return Right.NONE;
        }
        boolean teaches =
                f.roles().contains(Role.TEACHER) && (Objects.equals(f.staffId(), f.teacherStaffId()) || f.substitute());
        if (teaches) {
            return f.assignmentArchived() || f.groupArchived() ? Right.READ : Right.RECORD;
        }
        return supervises(f) ? Right.READ : Right.NONE;
    }

    /** R11: read-only supervision of a group's journals, as {@link SupervisorScope} decides it. */
    static boolean supervises(Facts f) {
        return SupervisorScope.of(f.roles(), f.staffId(), f.departmentsHeaded())
                .covers(f.groupDepartmentId(), f.groupCuratorStaffId());
    }
}
