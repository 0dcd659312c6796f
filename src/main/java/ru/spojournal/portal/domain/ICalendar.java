package ru.spojournal.portal.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes iCalendar (RFC 5545) text: escaped values, lines folded at 75 octets, CRLF endings. */
final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder out = new StringBuilder();
    private final Instant stamp;

    ICalendar(String name, Instant stamp) {
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:" + PortalWords.WORDS.word("calendarProduct"));
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
    }

    ICalendar event(
            String uid,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            boolean cancelled) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART:" + UTC.format(start));
        line("DTEND:" + UTC.format(end));
        line("SUMMARY:" + escape(summary));
        if (location != null) {
            line("LOCATION:" + escape(location));
        }
        if (description != null) {
            line("DESCRIPTION:" + escape(description));
        }
        if (cancelled) {
            line("STATUS:CANCELLED");
        }
        line("END:VEVENT");
        return this;
    }

    ICalendar allDay(String uid, LocalDate day, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        if (description != null) {
            line("DESCRIPTION:" + escape(description));
        }
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line so that no physical line is longer than 75 octets of UTF-8. */
    private void line(String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
