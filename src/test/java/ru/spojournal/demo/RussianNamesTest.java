package ru.spojournal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;

class RussianNamesTest {

    private final NameBank names = new NameBank();

    @Test
    void women_take_the_feminine_form_of_the_surname() {
        assertThat(RussianNames.feminineSurname("Иванов")).isEqualTo("Иванова");
        assertThat(RussianNames.feminineSurname("Ильин")).isEqualTo("Ильина");
        assertThat(RussianNames.feminineSurname("Королёв")).isEqualTo("Королёва");
        assertThat(RussianNames.feminineSurname("Вишневский")).isEqualTo("Вишневская");
        assertThat(RussianNames.feminineSurname("Трубецкой")).isEqualTo("Трубецкая");
        assertThat(RussianNames.feminineSurname("Белый")).isEqualTo("Белая");
    }

    @Test
    void surnames_of_other_patterns_do_not_change() {
        assertThat(RussianNames.feminineSurname("Шевченко")).isEqualTo("Шевченко");
        assertThat(RussianNames.feminineSurname("Черных")).isEqualTo("Черных");
        assertThat(RussianNames.feminineSurname("Ковальчук")).isEqualTo("Ковальчук");
    }

    @Test
    void patronymics_follow_the_fathers_name_with_irregular_forms() {
        assertThat(names.patronymic("Лев", Sex.M)).isEqualTo("Львович");
        assertThat(names.patronymic("Илья", Sex.F)).isEqualTo("Ильинична");
        assertThat(names.patronymic("Пётр", Sex.M)).isEqualTo("Петрович");
    }

    @Test
    void the_same_seed_draws_the_same_people() {
        assertThat(draw(42)).isEqualTo(draw(42)).isNotEqualTo(draw(43));
    }

    @Test
    void frequent_names_come_up_more_often_than_rare_ones() {
        Random random = new Random(1);
        int ivanov = 0;
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String s = names.surname(random);
            distinct.add(s);
            if (s.equals("Иванов")) {
                ivanov++;
            }
        }
        assertThat(ivanov).as("Иванов is about 1.25%% of the list").isBetween(150, 350);
        assertThat(distinct).hasSizeGreaterThan(3000);
    }

    private String draw(long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            PersonName n = names.person(
                    i % 2 == 0 ? Sex.M : Sex.F, names.surname(random), names.maleFirstName(random), random);
            out.append(n.full()).append(';');
        }
        return out.toString();
    }
}
