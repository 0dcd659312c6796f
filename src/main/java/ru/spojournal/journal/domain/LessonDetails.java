package ru.spojournal.journal.domain;

import java.time.LocalDate;

/** What a teacher writes about a lesson: date, пара, hours, topic and type. */
public record LessonDetails(LocalDate date, Integer periodNumber, int hours, String topic, Long lessonTypeId) {

    /** The lesson as one line of its history. */
    String describe() {
        String period = periodNumber == null ? "" : JournalWords.WORDS.format("lessonPeriod", periodNumber);
        return JournalWords.WORDS.format("lessonLine", date, period, hours, topic);
    }
}
