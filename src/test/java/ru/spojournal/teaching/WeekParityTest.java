package ru.spojournal.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Числитель and знаменатель are counted from the week the academic year starts in. */
class WeekParityTest {

    private static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);

    @Test
    void the_first_week_of_the_year_is_odd_and_weeks_alternate() {
        assertThat(WeekParity.of(LocalDate.of(2026, 9, 1), YEAR_START)).isEqualTo(WeekParity.ODD);
        assertThat(WeekParity.of(LocalDate.of(2026, 9, 5), YEAR_START)).isEqualTo(WeekParity.ODD);
        assertThat(WeekParity.of(LocalDate.of(2026, 9, 7), YEAR_START)).isEqualTo(WeekParity.EVEN);
        assertThat(WeekParity.of(LocalDate.of(2026, 9, 14), YEAR_START)).isEqualTo(WeekParity.ODD);
    }

    @Test
    void an_every_week_slot_holds_in_any_week_and_a_parity_slot_only_in_its_own() {
        assertThat(WeekParity.ALL.holdsIn(WeekParity.EVEN)).isTrue();
        assertThat(WeekParity.ODD.holdsIn(WeekParity.ODD)).isTrue();
        assertThat(WeekParity.ODD.holdsIn(WeekParity.EVEN)).isFalse();
    }
}
