package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.spojournal.platform.security.Role;

class SupervisorScopeTest {

    private static final long ME = 5;
    private static final long MY_DEPARTMENT = 1;
    private static final long OTHER_DEPARTMENT = 2;

    @Test
    void R11_a_deputy_and_the_director_cover_every_group_even_without_a_staff_record() {
        assertThat(SupervisorScope.of(EnumSet.of(Role.DEPUTY), null, Set.of()).covers(OTHER_DEPARTMENT, 9L))
                .isTrue();
        assertThat(SupervisorScope.of(EnumSet.of(Role.DIRECTOR), ME, Set.of()).covers(null, null))
                .isTrue();
    }

    @Test
    void R11_a_head_of_department_covers_the_departments_headed_only() {
        SupervisorScope head = SupervisorScope.of(EnumSet.of(Role.DEPARTMENT_HEAD), ME, Set.of(MY_DEPARTMENT));
        assertThat(head.covers(MY_DEPARTMENT, null)).isTrue();
        assertThat(head.covers(OTHER_DEPARTMENT, null)).isFalse();
        assertThat(head.covers(null, null)).isFalse();
    }

    @Test
    void R11_heading_a_department_gives_nothing_once_the_head_role_is_gone() {
        SupervisorScope former = SupervisorScope.of(EnumSet.of(Role.TEACHER), ME, Set.of(MY_DEPARTMENT));
        assertThat(former.covers(MY_DEPARTMENT, null)).isFalse();
    }

    @Test
    void R11_a_curator_covers_the_groups_curated_only() {
        SupervisorScope curator = SupervisorScope.of(EnumSet.of(Role.TEACHER, Role.CURATOR), ME, Set.of());
        assertThat(curator.covers(OTHER_DEPARTMENT, ME)).isTrue();
        assertThat(curator.covers(OTHER_DEPARTMENT, 6L)).isFalse();
        assertThat(curator.covers(OTHER_DEPARTMENT, null)).isFalse();
    }

    @Test
    void without_a_staff_record_nobody_but_a_deputy_or_the_director_covers_anything() {
        SupervisorScope none = SupervisorScope.of(EnumSet.of(Role.DEPARTMENT_HEAD, Role.CURATOR), null, Set.of(1L));
        assertThat(none.covers(MY_DEPARTMENT, null)).isFalse();
    }

    @Test
    void R14_an_administrator_covers_nothing() {
        assertThat(SupervisorScope.of(EnumSet.of(Role.ADMIN), ME, Set.of(MY_DEPARTMENT))
                        .covers(MY_DEPARTMENT, null))
                .isFalse();
    }
}
