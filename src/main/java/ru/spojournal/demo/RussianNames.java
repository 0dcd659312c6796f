package ru.spojournal.demo;

/** Grammar of Russian surnames that the generator needs. */
final class RussianNames {

    private RussianNames() {}

    /**
     * The feminine form of a surname given in its masculine form: Иванов → Иванова, Ильин → Ильина,
     * Вишневский → Вишневская, Толстой → Толстая, Белый → Белая. Surnames of other patterns
     * (Шевченко, Черных, Ковальчук, Кравец) do not change.
     */
    static String feminineSurname(String masculine) {
        if (endsWithAny(masculine, "ов", "ев", "ёв", "ин", "ын")) {
            return masculine + "а";
        }
        if (endsWithAny(masculine, "ский", "цкий", "кий", "гий", "хий")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (endsWithAny(masculine, "ый", "ой")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        return masculine;
    }

    private static boolean endsWithAny(String s, String... endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
