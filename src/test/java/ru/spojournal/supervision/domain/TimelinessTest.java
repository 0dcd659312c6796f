package ru.spojournal.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import ru.spojournal.supervision.domain.Timeliness.Kind;

/** R5: on time means before the end of the lesson's day in the college's time zone. */
class TimelinessTest {

    /** UTC+7: the college's midnight is 17:00 UTC of the day before. */
    private static final ZoneId NOVOKUZNETSK = ZoneId.of("Asia/Novokuznetsk");

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final Instant LONG_AFTER = Instant.parse("2026-12-01T00:00:00Z");

    private static Instant local(LocalDateTime at, ZoneId zone) {
        return at.atZone(zone).toInstant();
    }

    @Test
    void R5_a_lesson_recorded_at_23_30_local_is_on_time_though_utc_is_past_its_day_elsewhere() {
        Instant at = local(MONDAY.atTime(23, 30), NOVOKUZNETSK);
        assertThat(at).isEqualTo(Instant.parse("2026-11-16T16:30:00Z"));
        assertThat(Timeliness.of(MONDAY, at, LONG_AFTER, NOVOKUZNETSK).kind()).isEqualTo(Kind.ON_TIME);
    }

    @Test
    void R5_a_lesson_recorded_at_00_30_local_the_next_day_is_late_by_half_an_hour_though_utc_still_says_monday() {
        Instant at = local(MONDAY.plusDays(1).atTime(0, 30), NOVOKUZNETSK);
        assertThat(at).isEqualTo(Instant.parse("2026-11-16T17:30:00Z"));
        Timeliness.Verdict verdict = Timeliness.of(MONDAY, at, LONG_AFTER, NOVOKUZNETSK);
        assertThat(verdict.kind()).isEqualTo(Kind.LATE);
        assertThat(verdict.lateBy()).isEqualTo(Duration.ofMinutes(30));
        assertThat(verdict.isGap()).isTrue();
    }

    @Test
    void R5_the_same_instant_is_on_time_in_a_college_further_west() {
        Instant at = Instant.parse("2026-11-16T17:30:00Z");
        assertThat(Timeliness.of(MONDAY, at, LONG_AFTER, ZoneId.of("Europe/Moscow"))
                        .kind())
                .isEqualTo(Kind.ON_TIME);
    }

    @Test
    void a_lesson_planned_before_its_day_is_on_time() {
        Instant before = local(MONDAY.minusDays(3).atTime(9, 0), NOVOKUZNETSK);
        assertThat(Timeliness.of(MONDAY, before, LONG_AFTER, NOVOKUZNETSK).kind())
                .isEqualTo(Kind.ON_TIME);
    }

    @Test
    void a_missing_lesson_is_not_a_gap_while_its_day_lasts_and_is_one_from_midnight() {
        Instant evening = local(MONDAY.atTime(23, 59), NOVOKUZNETSK);
        Instant morning = local(MONDAY.plusDays(1).atTime(7, 0), NOVOKUZNETSK);
        Timeliness.Verdict stillToday = Timeliness.of(MONDAY, null, evening, NOVOKUZNETSK);
        assertThat(stillToday.kind()).isEqualTo(Kind.NOT_DUE);
        assertThat(stillToday.isGap()).isFalse();
        Timeliness.Verdict nextMorning = Timeliness.of(MONDAY, null, morning, NOVOKUZNETSK);
        assertThat(nextMorning.kind()).isEqualTo(Kind.NOT_RECORDED);
        assertThat(nextMorning.lateBy()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void the_day_ends_at_local_midnight_on_a_day_the_clocks_change() {
        // Where clocks change, the day is 23 or 25 hours long; its end is still the next local midnight.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate shortDay = LocalDate.of(2026, 3, 29);
        assertThat(Timeliness.deadline(shortDay, berlin)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(Timeliness.of(shortDay, Instant.parse("2026-03-29T21:59:00Z"), LONG_AFTER, berlin)
                        .kind())
                .isEqualTo(Kind.ON_TIME);
    }
}
