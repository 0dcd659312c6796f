package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.spojournal.journal.domain.EntryWindow.Verdict;
import ru.spojournal.structure.TermView;

/** R5: entry on the day, late entry with a reason, never a hard lock while the term is open. */
class EntryWindowTest {

    private static final TermView TERM =
            new TermView(1L, 1L, "2026/2027", 1, "1 семестр", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 28));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Test
    void R5_records_of_todays_lesson_are_on_time() {
        assertThat(EntryWindow.forRecords(TODAY, TODAY, TERM)).isEqualTo(Verdict.ON_TIME);
    }

    @Test
    void R5_records_of_a_past_lesson_are_late_and_need_a_reason_but_are_not_locked() {
        assertThat(EntryWindow.forRecords(TODAY.minusDays(1), TODAY, TERM)).isEqualTo(Verdict.LATE_NEEDS_REASON);
        assertThat(EntryWindow.forRecords(LocalDate.of(2026, 9, 1), TODAY, TERM))
                .isEqualTo(Verdict.LATE_NEEDS_REASON);
    }

    @Test
    void marks_of_a_lesson_that_has_not_taken_place_are_refused() {
        assertThat(EntryWindow.forRecords(TODAY.plusDays(1), TODAY, TERM)).isEqualTo(Verdict.FUTURE_LESSON);
    }

    @Test
    void a_lesson_may_be_planned_two_weeks_ahead_but_not_more() {
        assertThat(EntryWindow.forLessonDate(TODAY.plusDays(14), TODAY, TERM)).isEqualTo(Verdict.ON_TIME);
        assertThat(EntryWindow.forLessonDate(TODAY.plusDays(15), TODAY, TERM)).isEqualTo(Verdict.TOO_FAR_AHEAD);
    }

    @Test
    void a_lesson_lies_within_its_term() {
        assertThat(EntryWindow.forLessonDate(LocalDate.of(2026, 8, 31), TODAY, TERM))
                .isEqualTo(Verdict.OUTSIDE_TERM);
        assertThat(EntryWindow.forLessonDate(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 20), TERM))
                .isEqualTo(Verdict.OUTSIDE_TERM);
    }

    @Test
    void the_term_stays_open_two_weeks_after_its_end_then_closes() {
        LocalDate lastDay = LocalDate.of(2026, 12, 28);
        assertThat(EntryWindow.forRecords(lastDay, lastDay.plusDays(14), TERM)).isEqualTo(Verdict.LATE_NEEDS_REASON);
        assertThat(EntryWindow.forRecords(lastDay, lastDay.plusDays(15), TERM)).isEqualTo(Verdict.TERM_CLOSED);
    }
}
