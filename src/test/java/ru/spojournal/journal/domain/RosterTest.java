package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.people.StudentView;

class RosterTest {

    private static final long GROUP = 7;

    private static StudentView student(long id, StudentStatus status) {
        return new StudentView(id, id, new PersonName("Ученик" + id, "Иван", null), GROUP, status, null);
    }

    private final List<StudentView> group = List.of(
            student(1, StudentStatus.STUDYING),
            student(2, StudentStatus.STUDYING),
            student(3, StudentStatus.STUDYING),
            student(4, StudentStatus.ACADEMIC_LEAVE));

    @Test
    void a_whole_groups_journal_holds_every_studying_student_of_the_group() {
        assertThat(Roster.of(GROUP, group, null)).extracting(StudentView::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void R7_a_subgroups_journal_holds_only_the_subgroups_members() {
        assertThat(Roster.of(GROUP, group, Set.of(2L, 3L)))
                .extracting(StudentView::id)
                .containsExactly(2L, 3L);
    }

    @Test
    void R7_an_empty_subgroup_holds_nobody() {
        assertThat(Roster.of(GROUP, group, Set.of())).isEmpty();
    }

    @Test
    void R7_a_student_of_the_subgroup_who_is_on_academic_leave_is_not_held() {
        assertThat(Roster.of(GROUP, group, Set.of(3L, 4L)))
                .extracting(StudentView::id)
                .containsExactly(3L);
    }

    @Test
    void a_student_of_another_group_is_never_held_even_if_listed_in_the_subgroup() {
        assertThat(Roster.holds(StudentStatus.STUDYING, 8L, GROUP, true)).isFalse();
        assertThat(Roster.holds(StudentStatus.STUDYING, null, GROUP, true)).isFalse();
    }

    @Test
    void a_student_who_has_left_is_not_held() {
        assertThat(Roster.holds(StudentStatus.EXPELLED, GROUP, GROUP, true)).isFalse();
        assertThat(Roster.holds(StudentStatus.GRADUATED, GROUP, GROUP, true)).isFalse();
    }

    @Test
    void R7_a_studying_student_of_the_group_outside_the_subgroup_is_not_held() {
        assertThat(Roster.holds(StudentStatus.STUDYING, GROUP, GROUP, false)).isFalse();
        assertThat(Roster.holds(StudentStatus.STUDYING, GROUP, GROUP, true)).isTrue();
    }
}
