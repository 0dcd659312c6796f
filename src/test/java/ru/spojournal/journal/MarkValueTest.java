package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The established symbols of the journal and nothing else (DESIGN §2). */
class MarkValueTest {

    @Test
    void reads_what_teachers_type() {
        assertThat(MarkValue.parse("5")).contains(MarkValue.FIVE);
        assertThat(MarkValue.parse(" 2 ")).contains(MarkValue.TWO);
        assertThat(MarkValue.parse("з")).contains(MarkValue.PASSED);
        assertThat(MarkValue.parse("НЗ")).contains(MarkValue.FAILED);
        assertThat(MarkValue.parse("н/а")).contains(MarkValue.NOT_ATTESTED);
        assertThat(MarkValue.parse("на")).contains(MarkValue.NOT_ATTESTED);
    }

    @Test
    void refuses_anything_off_the_scale() {
        assertThat(MarkValue.parse("6")).isEmpty();
        assertThat(MarkValue.parse("1")).isEmpty();
        assertThat(MarkValue.parse("5+")).isEmpty();
        assertThat(MarkValue.parse("отл")).isEmpty();
    }

    @Test
    void pass_fail_columns_take_only_pass_and_fail() {
        assertThat(MarkValue.PASSED.fits(true)).isTrue();
        assertThat(MarkValue.FIVE.fits(true)).isFalse();
        assertThat(MarkValue.PASSED.fits(false)).isFalse();
        assertThat(MarkValue.NOT_ATTESTED.fits(false)).isTrue();
    }

    @Test
    void writes_marks_as_the_paper_journal_does() {
        assertThat(MarkValue.NOT_ATTESTED.display()).isEqualTo("н/а");
        assertThat(MarkValue.FAILED.display()).isEqualTo("нз");
        assertThat(MarkValue.FOUR.points()).contains(4);
        assertThat(MarkValue.PASSED.points()).isEmpty();
    }
}
