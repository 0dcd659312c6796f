package ru.spojournal.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.spojournal.people.StudentStatus;

class NewsPolicyTest {

    @Test
    void R25_a_studying_student_and_one_on_academic_leave_hear_of_the_journal() {
        assertThat(NewsPolicy.reaches(StudentStatus.STUDYING)).isTrue();
        assertThat(NewsPolicy.reaches(StudentStatus.ACADEMIC_LEAVE)).isTrue();
    }

    @Test
    void R25_nothing_more_reaches_the_family_of_an_expelled_or_graduated_student() {
        assertThat(NewsPolicy.reaches(StudentStatus.EXPELLED)).isFalse();
        assertThat(NewsPolicy.reaches(StudentStatus.GRADUATED)).isFalse();
    }
}
