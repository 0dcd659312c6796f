package ru.spojournal.yearopening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearRulesTest {

    @Test
    void a_new_group_takes_the_name_of_last_years_with_the_new_year_of_admission() {
        assertThat(YearRules.groupName("ОМД-26-1", 2026, 2027)).isEqualTo("ОМД-27-1");
        assertThat(YearRules.groupName("1-ТЭК-26", 2026, 2027)).isEqualTo("1-ТЭК-27");
        assertThat(YearRules.groupName("ИСП-2026-2", 2026, 2027)).isEqualTo("ИСП-2027-2");
        assertThat(YearRules.groupName("МЧМ-3", 2026, 2027)).isEqualTo("МЧМ-3-27");
    }

    @Test
    void the_final_course_comes_from_the_last_semester_of_the_curriculum_or_is_the_fourth() {
        assertThat(YearRules.finalCourse(8)).isEqualTo(4);
        assertThat(YearRules.finalCourse(6)).isEqualTo(3);
        assertThat(YearRules.finalCourse(5)).isEqualTo(3);
        assertThat(YearRules.finalCourse(0)).isEqualTo(4);
    }

    @Test
    void the_year_is_named_by_the_calendar_years_it_spans() {
        assertThat(YearRules.yearName(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 30)))
                .isEqualTo("2027/2028");
    }
}
