package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void writes_names_in_full_and_with_initials_as_journals_do() {
        PersonName name = new PersonName("Иванов", "Иван", "Иванович");
        assertThat(name.full()).isEqualTo("Иванов Иван Иванович");
        assertThat(name.initials()).isEqualTo("Иванов И. И.");
    }

    @Test
    void a_name_without_patronymic_has_one_initial() {
        assertThat(new PersonName("Ли", "Елена", null).initials()).isEqualTo("Ли Е.");
        assertThat(new PersonName("Ли", "Елена", "").full()).isEqualTo("Ли Елена");
    }
}
