package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void spells_russian_letters_as_international_passports_do() {
        assertThat(Transliteration.latin("Щукин")).isEqualTo("shchukin");
        assertThat(Transliteration.latin("Юлия")).isEqualTo("iuliia");
        assertThat(Transliteration.latin("Хабибуллин")).isEqualTo("khabibullin");
        assertThat(Transliteration.latin("Цой")).isEqualTo("tsoi");
        assertThat(Transliteration.latin("Подъячев")).isEqualTo("podieiachev");
        assertThat(Transliteration.latin("Артём")).isEqualTo("artem");
        assertThat(Transliteration.latin("Мальцева")).isEqualTo("maltseva");
        assertThat(Transliteration.latin("Рыжов")).isEqualTo("ryzhov");
    }

    @Test
    void proposes_a_login_of_surname_and_initials() {
        assertThat(Transliteration.loginFor(new PersonName("Кузнецова", "Анна", "Петровна")))
                .isEqualTo("kuznetsova.ap");
        assertThat(Transliteration.loginFor(new PersonName("Ли", "Елена", null)))
                .isEqualTo("li.e");
    }

    @Test
    void drops_what_a_login_cannot_hold() {
        assertThat(Transliteration.latin("Римский-Корсаков")).isEqualTo("rimskiikorsakov");
        assertThat(Transliteration.latin("О'Нил")).isEqualTo("onil");
    }
}
