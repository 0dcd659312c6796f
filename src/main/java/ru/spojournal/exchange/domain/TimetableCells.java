package ru.spojournal.exchange.domain;

import java.util.List;
import java.util.Map;
import ru.spojournal.exchange.domain.Entries.SlotEntry;
import ru.spojournal.teaching.WeekParity;

/**
 * Reads a row of the timetable list. Days are written as colleges write them (понедельник, пн,
 * or 1–7 from Monday); the week as каждая, числитель or знаменатель (an empty cell is every week).
 */
final class TimetableCells {

    /** Day names in file order, Monday first, as the export writes them. */
    static final List<String> DAYS = ExchangeWords.words("days");

    private static final List<String> SHORT_DAYS = ExchangeWords.words("shortDays");

    private static final Map<String, WeekParity> PARITIES = ExchangeWords.read("parity", WeekParity.class);

    private static final Map<WeekParity, String> PARITY_WORDS = ExchangeWords.written("parity", WeekParity.class);

    private TimetableCells() {}

    static SlotEntry slot(Cells c) {
        return new SlotEntry(
                c.src(),
                c.text("group", true, 50),
                c.text("subgroup", false, 50),
                day(c),
                c.integer("period", true, 1, 8),
                parity(c),
                c.text("subject", true, 300),
                c.text("teacher", true, 300),
                c.text("room", false, 30),
                c.text("academicYear", true, 20),
                c.integer("termNumber", true, 1, 4));
    }

    static String parityWord(WeekParity parity) {
        return PARITY_WORDS.get(parity);
    }

    private static Integer day(Cells c) {
        String text = c.text("day", true, 20);
        if (text == null) {
            return null;
        }
        String norm = Names.norm(text).replace(".", "");
        if (norm.matches("\\d+(\\.0)?")) {
            int n = (int) Double.parseDouble(norm);
            if (n >= 1 && n <= 7) {
                return n;
            }
        }
        int index = DAYS.indexOf(norm) >= 0 ? DAYS.indexOf(norm) : SHORT_DAYS.indexOf(norm);
        if (index < 0) {
            c.fail("day", "exchange.timetable.day", text);
            return null;
        }
        return index + 1;
    }

    private static WeekParity parity(Cells c) {
        String text = c.text("parity", false, 30);
        if (text == null) {
            return WeekParity.ALL;
        }
        WeekParity parity = PARITIES.get(Names.norm(text));
        if (parity == null) {
            c.fail("parity", "exchange.timetable.parity", text);
        }
        return parity;
    }
}
