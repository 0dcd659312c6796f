package ru.spojournal.people.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.AcademicYearView;

/**
 * Which movement an order may make (R1: a student's history is a record, so an impossible line
 * must never enter it): the status must allow the kind, a transfer goes to another current group
 * of the college, and the date lies in one of the college's academic years and not before the
 * student's last movement. Each refusal names its field in Russian.
 */
public final class MovementPolicy {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private MovementPolicy() {}

    static void check(
            StudentStatus status,
            Long currentGroupId,
            MovementKind kind,
            Long toGroupId,
            boolean toGroupAvailable,
            LocalDate on,
            LocalDate lastMovementOn,
            List<AcademicYearView> years) {
        if (kind == null || kind == MovementKind.ADMISSION) {
            throw new FieldRejectedException("kind", "movement.kind.required");
        }
        if (!status.allows(kind)) {
            throw new FieldRejectedException(
                    "kind", "movement.notAllowed", label("movement.kind." + kind), label("student.status." + status));
        }
        if (kind == MovementKind.TRANSFER) {
            if (toGroupId == null) {
                throw new FieldRejectedException("toGroupId", "movement.toGroup.required");
            }
            if (toGroupId.equals(currentGroupId)) {
                throw new FieldRejectedException("toGroupId", "movement.toGroup.same");
            }
            if (!toGroupAvailable) {
                throw new FieldRejectedException("toGroupId", "movement.toGroup.unavailable");
            }
        }
        if (on == null) {
            throw new FieldRejectedException("effectiveOn", "movement.date.required");
        }
        if (years.stream().noneMatch(y -> !on.isBefore(y.startDate()) && !on.isAfter(y.endDate()))) {
            throw new FieldRejectedException("effectiveOn", "movement.date.outsideYear", on.format(DATE));
        }
        if (lastMovementOn != null && on.isBefore(lastMovementOn)) {
            throw new FieldRejectedException("effectiveOn", "movement.date.beforeLast", lastMovementOn.format(DATE));
        }
    }

    /** An argument of a message that is itself a message, so that the kind and status read in Russian. */
    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
