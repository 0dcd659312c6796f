package ru.spojournal.people;

import java.util.Locale;
import java.util.Map;
import ru.spojournal.people.domain.PeopleWords;

/**
 * Latin spelling of Russian names for logins, by the rules of Russian international passports
 * (Приказ МИД России № 2113 of 2020, after ICAO Doc 9303): Щ → shch, Ю → iu, Я → ia, Ы → y,
 * Ъ → ie, Ь dropped. One standard everywhere, so a login can be guessed from the name by staff.
 */
public final class Transliteration {

    private static final Map<Character, String> LETTERS = PeopleWords.latinLetters();

    private Transliteration() {}

    /** Lower-case Latin letters and digits only; anything else is dropped. */
    public static String latin(String russian) {
        StringBuilder out = new StringBuilder();
        for (char c : russian.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = LETTERS.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The login proposed for a name: surname and initials, «Кузнецова Анна Петровна» → kuznetsova.ap. */
    public static String loginFor(PersonName name) {
        String initials = latin(name.firstName())
                .substring(0, Math.min(1, latin(name.firstName()).length()));
        if (name.middleName() != null && !name.middleName().isBlank()) {
            String middle = latin(name.middleName());
            initials += middle.isEmpty() ? "" : middle.substring(0, 1);
        }
        return latin(name.lastName()) + "." + initials;
    }
}
