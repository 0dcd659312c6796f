package ru.spojournal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import ru.spojournal.support.BrowserTest;
import ru.spojournal.support.Colleges;

/**
 * R1, R3: a teacher types a whole lesson, marks and attendance, at full speed while the server
 * answers slower than the keys come. Every value typed is there after a reload, and the grid says
 * «Все изменения сохранены.» only once it is so.
 */
class JournalGridSlowServerBrowserIT extends BrowserTest {

    /** Marks typed down the mark column, by student. */
    private static final String[] MARKS = {"5", "4", "3", "2"};

    /** Attendance typed down the attendance column (physical keys, English layout), and what it shows. */
    private static final String[][] ATTENDANCE = {
        {"KeyY", "н"}, {"KeyY", "н"}, {"Digit1", "н1"}, {"KeyJ", "оп"}, {"KeyY", "н"}, {"ArrowDown", ""}
    };

    /**
     * Holds every save of a cell 150–400 ms, as a loaded server does, and lets the held ones go
     * together at the next tenth of a second, so that their transactions overlap.
     */
    @TestConfiguration
    static class SlowSaves {

        @Bean
        FilterRegistrationBean<Filter> slowCellSaves() {
            Filter filter = (request, response, chain) -> {
                if ("PUT".equals(((HttpServletRequest) request).getMethod())) {
                    long wake = System.currentTimeMillis()
                            + 150
                            + ThreadLocalRandom.current().nextLong(150);
                    wake = (wake / 100 + 1) * 100;
                    try {
                        Thread.sleep(Math.max(0, wake - System.currentTimeMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/api/v1/journals/*");
            registration.setOrder(Integer.MIN_VALUE);
            return registration;
        }
    }

    @Autowired
    Colleges colleges;

    @Test
    void R3_a_whole_lesson_typed_at_full_speed_against_a_slow_server_is_all_there_after_a_reload() {
        Colleges.College college = colleges.create(12);
        int students = college.students().size();
        signIn(college.teacher());
        page.navigate(url("/journal/" + college.journalId() + "/lessons/new"));
        page.getByLabel("Пара").selectOption("1");
        page.getByLabel("Тема занятия").fill("Термическая обработка стали");
        page.getByLabel("Тема занятия").press("Enter");
        assertThat(page.locator("#journal-grid[data-ready=true] td.cell.active"))
                .isFocused();

        for (int s = 0; s < students; s++) {
            page.keyboard().press("Digit" + MARKS[s % MARKS.length]);
        }
        page.keyboard().press("ArrowRight");
        for (int s = 1; s < students; s++) {
            page.keyboard().press("ArrowUp");
        }
        for (int s = 0; s < students; s++) {
            page.keyboard().press(ATTENDANCE[s % ATTENDANCE.length][0]);
        }

        Locator status = page.locator("#grid-status");
        assertThat(status)
                .hasText("Все изменения сохранены.", new LocatorAssertions.HasTextOptions().setTimeout(90_000));
        assertThat(page.locator("#journal-grid td.cell.conflict, #journal-grid td.cell.failed"))
                .hasCount(0);

        page.reload();
        Locator rows = page.locator("#journal-grid tbody tr");
        assertThat(rows).hasCount(students);
        List<String> marks = rows.locator("td.cell.mark").allTextContents();
        List<String> attendance = rows.locator("td.cell.att").allTextContents();
        for (int s = 0; s < students; s++) {
            org.assertj.core.api.Assertions.assertThat(marks.get(s).strip())
                    .as("mark of student %d", s + 1)
                    .isEqualTo(MARKS[s % MARKS.length]);
            org.assertj.core.api.Assertions.assertThat(attendance.get(s).strip())
                    .as("attendance of student %d", s + 1)
                    .isEqualTo(ATTENDANCE[s % ATTENDANCE.length][1]);
        }
        assertThat(page.locator("#lessons")).containsText("посещаемость отмечена");
    }
}
