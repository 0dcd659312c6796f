package ru.spojournal.notification.domain;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When curators and parents are alerted: after so many lessons missed in a row, after so many
 * hours missed in a month, and when a subject's average falls below a mark (with enough marks).
 */
@ConfigurationProperties("journal.alerts")
record AlertSettings(Integer absenceStreak, Integer monthHours, BigDecimal lowAverage, Integer minMarks) {

    AlertSettings {
        absenceStreak = absenceStreak == null ? 3 : absenceStreak;
        monthHours = monthHours == null ? 12 : monthHours;
        lowAverage = lowAverage == null ? new BigDecimal("3.00") : lowAverage;
        minMarks = minMarks == null ? 3 : minMarks;
    }
}
