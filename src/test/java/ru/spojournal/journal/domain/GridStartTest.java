package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the grid's cursor starts: the lesson asked for, else today's пара, else the latest of today's. */
class GridStartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 14);

    private static JournalGrid.LessonColumn lesson(long id, LocalDate date, int period) {
        return new JournalGrid.LessonColumn(
                id,
                date,
                period,
                2,
                "Тема",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                0,
                date.isBefore(TODAY),
                date.isAfter(TODAY));
    }

    private static JournalGrid grid(JournalGrid.LessonColumn... lessons) {
        JournalContext ctx = new JournalContext(
                null, null, null, null, null, null, List.of(), true, TODAY, ZoneId.of("Asia/Novokuznetsk"), Set.of());
        return new JournalGrid(
                ctx, List.of(), List.of(lessons), List.of(), Map.of(), Map.of(), null, List.of(), List.of(), List.of());
    }

    private final JournalGrid twoToday = grid(
            lesson(1, TODAY.minusDays(7), 1),
            lesson(2, TODAY, 1),
            lesson(3, TODAY, 3),
            lesson(4, TODAY.plusDays(7), 1));

    @Test
    void starts_on_the_lesson_just_recorded_even_when_another_is_the_same_day() {
        assertThat(twoToday.startLesson(2L, null)).isEqualTo(2L);
        assertThat(twoToday.startLesson(1L, 3)).isEqualTo(1L);
    }

    @Test
    void without_a_lesson_asked_for_starts_on_todays_lesson_of_the_period_or_the_latest_of_today() {
        assertThat(twoToday.startLesson(null, 1)).isEqualTo(2L);
        assertThat(twoToday.startLesson(null, 5)).isEqualTo(3L);
        assertThat(twoToday.startLesson(null, null)).isEqualTo(3L);
        assertThat(twoToday.startLesson(99L, null)).isEqualTo(3L);
    }

    @Test
    void with_no_lesson_today_starts_on_the_latest_held_and_with_none_at_all_nowhere() {
        assertThat(grid(lesson(1, TODAY.minusDays(7), 1), lesson(4, TODAY.plusDays(7), 1))
                        .startLesson(null, null))
                .isEqualTo(1L);
        assertThat(grid().startLesson(null, null)).isNull();
    }
}
