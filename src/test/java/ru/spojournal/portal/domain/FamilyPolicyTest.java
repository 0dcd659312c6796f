package ru.spojournal.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.security.Role;
import ru.spojournal.portal.domain.FamilyPolicy.Section;

class FamilyPolicyTest {

    @Test
    void R9_a_student_sees_only_themselves() {
        assertThat(FamilyPolicy.visibleStudents(EnumSet.of(Role.STUDENT), 7L, List.of(8L, 9L)))
                .containsExactly(7L);
    }

    @Test
    void R10_a_parent_sees_only_the_linked_children() {
        assertThat(FamilyPolicy.visibleStudents(EnumSet.of(Role.PARENT), null, List.of(8L, 9L)))
                .containsExactlyInAnyOrder(8L, 9L);
        assertThat(FamilyPolicy.visibleStudents(EnumSet.of(Role.PARENT), null, List.of()))
                .isEmpty();
    }

    @Test
    void R9_R10_a_student_who_is_also_a_parent_sees_themselves_and_the_children() {
        assertThat(FamilyPolicy.visibleStudents(EnumSet.of(Role.STUDENT, Role.PARENT), 7L, List.of(8L)))
                .containsExactlyInAnyOrder(7L, 8L);
    }

    @Test
    void R9_R10_without_the_role_a_link_or_a_student_record_shows_nobody() {
        assertThat(FamilyPolicy.visibleStudents(EnumSet.of(Role.TEACHER), 7L, List.of(8L)))
                .isEmpty();
    }

    @Test
    void a_studying_student_and_one_on_academic_leave_have_every_page() {
        for (StudentStatus status : new StudentStatus[] {StudentStatus.STUDYING, StudentStatus.ACADEMIC_LEAVE}) {
            for (Section section : Section.values()) {
                assertThat(FamilyPolicy.allows(status, section))
                        .as(status + " " + section)
                        .isTrue();
            }
        }
    }

    @Test
    void R20_an_expelled_or_graduated_student_keeps_the_record_of_marks_and_attendance_only() {
        for (StudentStatus status : new StudentStatus[] {StudentStatus.EXPELLED, StudentStatus.GRADUATED}) {
            assertThat(FamilyPolicy.allows(status, Section.HOME)).isTrue();
            assertThat(FamilyPolicy.allows(status, Section.MARKS)).isTrue();
            assertThat(FamilyPolicy.allows(status, Section.ATTENDANCE)).isTrue();
            assertThat(FamilyPolicy.allows(status, Section.SCHEDULE)).isFalse();
            assertThat(FamilyPolicy.allows(status, Section.HOMEWORK)).isFalse();
            assertThat(FamilyPolicy.allows(status, Section.NOTICES)).isFalse();
            assertThat(FamilyPolicy.allows(status, Section.CALENDAR)).isFalse();
        }
    }
}
