package ru.spojournal.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticePolicyTest {

    private static final long CURATOR = 4;
    private static final long GROUP = 10;

    @Test
    void R19_the_curator_of_the_childs_group_answers_the_notice() {
        assertThat(NoticePolicy.curates(CURATOR, GROUP, List.of(9L, GROUP))).isTrue();
    }

    @Test
    void R19_the_curator_of_another_group_does_not() {
        assertThat(NoticePolicy.curates(CURATOR, GROUP, List.of(9L))).isFalse();
    }

    @Test
    void R19_an_account_without_a_staff_record_or_a_student_without_a_group_never_matches() {
        assertThat(NoticePolicy.curates(null, GROUP, List.of(GROUP))).isFalse();
        assertThat(NoticePolicy.curates(CURATOR, null, List.of(GROUP))).isFalse();
    }

    @Test
    void R19_a_notice_is_decided_once() {
        assertThat(NoticePolicy.open(NoticeStatus.SUBMITTED)).isTrue();
        assertThat(NoticePolicy.open(NoticeStatus.CONFIRMED)).isFalse();
        assertThat(NoticePolicy.open(NoticeStatus.REJECTED)).isFalse();
    }
}
