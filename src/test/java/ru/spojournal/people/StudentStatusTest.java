package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The movements of a student that the college's orders can make. */
class StudentStatusTest {

    @Test
    void a_studying_student_can_be_transferred_sent_on_leave_expelled_or_graduated() {
        assertThat(StudentStatus.STUDYING.allows(MovementKind.TRANSFER)).isTrue();
        assertThat(StudentStatus.STUDYING.allows(MovementKind.ACADEMIC_LEAVE)).isTrue();
        assertThat(StudentStatus.STUDYING.allows(MovementKind.EXPULSION)).isTrue();
        assertThat(StudentStatus.STUDYING.allows(MovementKind.GRADUATION)).isTrue();
        assertThat(StudentStatus.STUDYING.allows(MovementKind.RETURN)).isFalse();
    }

    @Test
    void a_student_on_leave_or_expelled_can_return() {
        assertThat(StudentStatus.ACADEMIC_LEAVE.allows(MovementKind.RETURN)).isTrue();
        assertThat(StudentStatus.EXPELLED.allows(MovementKind.RETURN)).isTrue();
        assertThat(StudentStatus.EXPELLED.allows(MovementKind.TRANSFER)).isFalse();
    }

    @Test
    void a_graduate_cannot_move_any_more() {
        for (MovementKind kind : MovementKind.values()) {
            assertThat(StudentStatus.GRADUATED.allows(kind)).as(kind.name()).isFalse();
        }
    }

    @Test
    void each_movement_leads_to_its_status() {
        assertThat(StudentStatus.after(MovementKind.RETURN)).isEqualTo(StudentStatus.STUDYING);
        assertThat(StudentStatus.after(MovementKind.ACADEMIC_LEAVE)).isEqualTo(StudentStatus.ACADEMIC_LEAVE);
        assertThat(StudentStatus.after(MovementKind.EXPULSION)).isEqualTo(StudentStatus.EXPELLED);
        assertThat(StudentStatus.after(MovementKind.GRADUATION)).isEqualTo(StudentStatus.GRADUATED);
    }
}
