package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.spojournal.journal.domain.JournalPolicy.Facts;
import ru.spojournal.journal.domain.JournalPolicy.Right;
import ru.spojournal.platform.security.Role;

class JournalPolicyTest {

    private static final long TEACHER = 10;
    private static final long OTHER = 11;
    private static final long DEPARTMENT = 3;

    private static Facts facts(
            Set<Role> roles,
            Long staffId,
            boolean substitute,
            boolean assignmentArchived,
            boolean groupArchived,
            Long curator,
            Set<Long> headed) {
        return new Facts(
                roles, staffId, TEACHER, substitute, assignmentArchived, groupArchived, DEPARTMENT, curator, headed);
    }

    private static Facts teacher(long staffId) {
        return facts(EnumSet.of(Role.TEACHER), staffId, false, false, false, null, Set.of());
    }

    @Test
    void R8_the_journals_own_teacher_records_in_it() {
        assertThat(JournalPolicy.decide(teacher(TEACHER))).isEqualTo(Right.RECORD);
    }

    @Test
    void R8_another_teacher_neither_reads_nor_records() {
        assertThat(JournalPolicy.decide(teacher(OTHER))).isEqualTo(Right.NONE);
    }

    @Test
    void R8_a_substitute_teacher_records_on_the_days_replaced() {
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.TEACHER), OTHER, true, false, false, null, Set.of())))
                .isEqualTo(Right.RECORD);
    }

    @Test
    void R8_without_the_teacher_role_the_staff_id_alone_gives_nothing() {
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.ADMIN), TEACHER, false, false, false, null, Set.of())))
                .isEqualTo(Right.NONE);
    }

    @Test
    void R1_an_archived_assignment_is_read_only_for_its_teacher() {
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.TEACHER), TEACHER, false, true, false, null, Set.of())))
                .isEqualTo(Right.READ);
    }

    @Test
    void R1_a_journal_of_an_archived_group_is_read_only_for_its_teacher_and_a_substitute() {
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.TEACHER), TEACHER, false, false, true, null, Set.of())))
                .isEqualTo(Right.READ);
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.TEACHER), OTHER, true, false, true, null, Set.of())))
                .isEqualTo(Right.READ);
    }

    @Test
    void R11_deputies_and_the_director_read_every_journal_and_never_record() {
        for (Role role : new Role[] {Role.DEPUTY, Role.DIRECTOR}) {
            assertThat(JournalPolicy.decide(facts(EnumSet.of(role), null, false, false, false, null, Set.of())))
                    .isEqualTo(Right.READ);
            assertThat(JournalPolicy.decide(facts(EnumSet.of(role), OTHER, false, true, true, null, Set.of())))
                    .isEqualTo(Right.READ);
        }
    }

    @Test
    void R11_a_head_of_department_reads_the_departments_journals_only() {
        Facts own = facts(EnumSet.of(Role.DEPARTMENT_HEAD), OTHER, false, false, false, null, Set.of(DEPARTMENT));
        Facts foreign = facts(EnumSet.of(Role.DEPARTMENT_HEAD), OTHER, false, false, false, null, Set.of(99L));
        assertThat(JournalPolicy.decide(own)).isEqualTo(Right.READ);
        assertThat(JournalPolicy.decide(foreign)).isEqualTo(Right.NONE);
    }

    @Test
    void R11_a_department_headed_gives_nothing_without_the_head_role() {
        assertThat(JournalPolicy.decide(
                        facts(EnumSet.of(Role.TEACHER), OTHER, false, false, false, null, Set.of(DEPARTMENT))))
                .isEqualTo(Right.NONE);
    }

    @Test
    void R11_the_groups_curator_reads_its_journals_and_never_records() {
        Facts curator = facts(EnumSet.of(Role.TEACHER, Role.CURATOR), OTHER, false, false, false, OTHER, Set.of());
        assertThat(JournalPolicy.decide(curator)).isEqualTo(Right.READ);
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.TEACHER), OTHER, false, false, false, 12L, Set.of())))
                .isEqualTo(Right.NONE);
    }

    @Test
    void R14_an_administrator_neither_reads_nor_records_journals() {
        assertThat(JournalPolicy.decide(facts(EnumSet.of(Role.ADMIN), OTHER, false, false, false, null, Set.of())))
                .isEqualTo(Right.NONE);
    }

    @Test
    void R9_R10_students_and_parents_never_open_a_journal() {
        assertThat(JournalPolicy.decide(
                        facts(EnumSet.of(Role.STUDENT, Role.PARENT), null, false, false, false, null, Set.of())))
                .isEqualTo(Right.NONE);
    }

    @Test
    void the_teacher_of_a_journal_who_also_supervises_still_records_in_it() {
        Facts both = facts(EnumSet.of(Role.TEACHER, Role.DEPUTY), TEACHER, false, false, false, null, Set.of());
        assertThat(JournalPolicy.decide(both)).isEqualTo(Right.RECORD);
    }
}
