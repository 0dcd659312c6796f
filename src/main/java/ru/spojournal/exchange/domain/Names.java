package ru.spojournal.exchange.domain;

import java.util.Locale;
import ru.spojournal.people.PersonName;

/** How imported texts are compared: without case, with ё as е, with spaces collapsed. */
final class Names {

    private Names() {}

    static String norm(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('\u0451', '\u0435');
    }

    static String person(PersonName name) {
        return norm(name.full());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
