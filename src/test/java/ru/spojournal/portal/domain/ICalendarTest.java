package ru.spojournal.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The feed is valid iCalendar: escaped text, lines of at most 75 octets, CRLF endings. */
class ICalendarTest {

    @Test
    void escapes_text_and_folds_long_cyrillic_lines_by_octets() {
        String ics = new ICalendar("Расписание", Instant.parse("2026-11-18T03:00:00Z"))
                .event(
                        "u1@x",
                        Instant.parse("2026-11-18T01:30:00Z"),
                        Instant.parse("2026-11-18T03:00:00Z"),
                        "МДК.01.01 Технология обработки металлов давлением, часть первая; практика",
                        "ауд. 210",
                        "строка\nвторая",
                        false)
                .allDay("u2@x", LocalDate.of(2026, 11, 20), "ДЗ: Физика", "§ 5")
                .end();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics)
                .contains("давлением\\, часть")
                .contains("первая\\; практика")
                .contains("строка\\nвторая");
        assertThat(ics).contains("DTSTART:20261118T013000Z").contains("DTSTART;VALUE=DATE:20261120");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }
}
