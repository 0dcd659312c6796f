package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.spojournal.journal.MarkValue;
import ru.spojournal.journal.domain.Averages.Weighted;

/** R21: the figures at the right end of the journal, derived by written rules. */
class AveragesTest {

    private static Weighted mark(MarkValue v, String weight) {
        return new Weighted(v, new BigDecimal(weight));
    }

    @Test
    void R21_a_test_weighs_more_than_an_oral_answer() {
        BigDecimal average =
                Averages.weightedAverage(List.of(mark(MarkValue.FIVE, "1.0"), mark(MarkValue.THREE, "2.0")));
        assertThat(average).isEqualByComparingTo("3.67");
    }

    @Test
    void R21_pass_fail_and_not_attested_carry_no_points() {
        BigDecimal average = Averages.weightedAverage(List.of(
                mark(MarkValue.FOUR, "1.0"), mark(MarkValue.PASSED, "1.0"), mark(MarkValue.NOT_ATTESTED, "1.0")));
        assertThat(average).isEqualByComparingTo("4.00");
        assertThat(Averages.weightedAverage(List.of(mark(MarkValue.PASSED, "1.0"))))
                .isNull();
    }

    @Test
    void averages_round_half_up_to_a_term_mark() {
        assertThat(Averages.rounded(new BigDecimal("4.50"))).isEqualTo(5);
        assertThat(Averages.rounded(new BigDecimal("3.49"))).isEqualTo(3);
    }

    @Test
    void quality_and_success_count_only_students_with_marks() {
        Averages.Shares shares = Averages.Shares.of(Arrays.asList(
                new BigDecimal("4.6"), new BigDecimal("3.4"), new BigDecimal("2.4"), new BigDecimal("4.5"), null));
        assertThat(shares.counted()).isEqualTo(4);
        assertThat(shares.quality()).isEqualByComparingTo("50.0");
        assertThat(shares.success()).isEqualByComparingTo("75.0");
    }
}
