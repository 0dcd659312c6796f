package ru.spojournal.people.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.AcademicYearView;

/** R1: only a possible movement enters a student's history. */
class MovementPolicyTest {

    private static final List<AcademicYearView> YEARS =
            List.of(new AcademicYearView(1L, "2026/2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
    private static final LocalDate AUTUMN = LocalDate.of(2026, 11, 18);

    private static void check(
            StudentStatus status, MovementKind kind, Long to, boolean available, LocalDate on, LocalDate last) {
        MovementPolicy.check(status, 10L, kind, to, available, on, last, YEARS);
    }

    private static void refused(String field, String key, Runnable move) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(FieldRejectedException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void R1_a_studying_student_is_transferred_to_another_current_group_within_the_year() {
        assertThatCode(() -> check(StudentStatus.STUDYING, MovementKind.TRANSFER, 11L, true, AUTUMN, null))
                .doesNotThrowAnyException();
    }

    @Test
    void R1_an_expelled_student_cannot_be_expelled_again_nor_a_graduate_moved() {
        refused(
                "kind",
                "movement.notAllowed",
                () -> check(StudentStatus.EXPELLED, MovementKind.EXPULSION, null, false, AUTUMN, null));
        refused(
                "kind",
                "movement.notAllowed",
                () -> check(StudentStatus.GRADUATED, MovementKind.RETURN, null, false, AUTUMN, null));
    }

    @Test
    void R1_admission_is_not_an_order_the_card_can_give() {
        refused(
                "kind",
                "movement.kind.required",
                () -> check(StudentStatus.STUDYING, MovementKind.ADMISSION, null, false, AUTUMN, null));
    }

    @Test
    void R1_a_transfer_needs_another_current_group() {
        refused(
                "toGroupId",
                "movement.toGroup.required",
                () -> check(StudentStatus.STUDYING, MovementKind.TRANSFER, null, false, AUTUMN, null));
        refused(
                "toGroupId",
                "movement.toGroup.same",
                () -> check(StudentStatus.STUDYING, MovementKind.TRANSFER, 10L, true, AUTUMN, null));
        refused(
                "toGroupId",
                "movement.toGroup.unavailable",
                () -> check(StudentStatus.STUDYING, MovementKind.TRANSFER, 12L, false, AUTUMN, null));
    }

    @Test
    void R1_the_date_lies_in_an_academic_year_and_not_before_the_last_movement() {
        refused(
                "effectiveOn",
                "movement.date.outsideYear",
                () -> check(
                        StudentStatus.STUDYING,
                        MovementKind.ACADEMIC_LEAVE,
                        null,
                        false,
                        LocalDate.of(2027, 7, 1),
                        null));
        refused(
                "effectiveOn",
                "movement.date.beforeLast",
                () -> check(
                        StudentStatus.STUDYING, MovementKind.ACADEMIC_LEAVE, null, false, AUTUMN, AUTUMN.plusDays(1)));
        refused(
                "effectiveOn",
                "movement.date.required",
                () -> check(StudentStatus.STUDYING, MovementKind.EXPULSION, null, false, null, null));
        assertThatCode(() -> check(StudentStatus.STUDYING, MovementKind.EXPULSION, null, false, AUTUMN, AUTUMN))
                .doesNotThrowAnyException();
    }
}
