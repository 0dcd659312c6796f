package ru.spojournal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import ru.spojournal.platform.security.Role;

class DismissalTest {

    @Test
    void R16_a_dismissed_member_of_staff_keeps_no_staff_role() {
        assertThat(Dismissal.effectiveRoles(
                        EnumSet.of(
                                Role.TEACHER,
                                Role.CURATOR,
                                Role.DEPARTMENT_HEAD,
                                Role.ADMIN,
                                Role.DEPUTY,
                                Role.DIRECTOR),
                        true))
                .isEmpty();
    }

    @Test
    void R16_a_dismissed_teacher_who_is_a_parent_keeps_the_parent_role_only() {
        assertThat(Dismissal.effectiveRoles(EnumSet.of(Role.TEACHER, Role.PARENT), true))
                .containsExactly(Role.PARENT);
    }

    @Test
    void a_member_of_staff_in_post_keeps_every_role() {
        assertThat(Dismissal.effectiveRoles(EnumSet.of(Role.TEACHER, Role.PARENT), false))
                .containsExactlyInAnyOrder(Role.TEACHER, Role.PARENT);
    }

    @Test
    void R16_an_account_with_staff_roles_alone_is_of_no_use_after_dismissal() {
        assertThat(Dismissal.keepsAccount(EnumSet.of(Role.TEACHER))).isFalse();
        assertThat(Dismissal.keepsAccount(EnumSet.of(Role.ADMIN, Role.DEPUTY))).isFalse();
        assertThat(Dismissal.keepsAccount(EnumSet.of(Role.TEACHER, Role.PARENT)))
                .isTrue();
        assertThat(Dismissal.keepsAccount(EnumSet.of(Role.STUDENT))).isTrue();
    }
}
