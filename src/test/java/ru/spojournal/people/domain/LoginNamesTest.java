package ru.spojournal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Transliteration;

/** R14: a login the administrator types follows the same rules as one the system proposes. */
class LoginNamesTest {

    @Test
    void a_login_is_compared_in_lower_case_without_surrounding_spaces() {
        assertThat(LoginNames.normalized("  Ivanov.II ")).isEqualTo("ivanov.ii");
        assertThat(LoginNames.normalized(null)).isEmpty();
    }

    @Test
    void accepts_latin_letters_digits_dots_hyphens_and_underscores() {
        assertThat(LoginNames.problem("kuznetsova.ap2")).isEmpty();
        assertThat(LoginNames.problem("a_b-c.9")).isEmpty();
    }

    @Test
    void rejects_an_empty_a_cyrillic_an_overlong_and_a_dot_first_login() {
        assertThat(LoginNames.problem("")).contains("account.login.required");
        assertThat(LoginNames.problem("петров")).contains("account.login.pattern");
        assertThat(LoginNames.problem(".ivanov")).contains("account.login.pattern");
        assertThat(LoginNames.problem("x".repeat(65))).contains("account.login.tooLong");
    }

    @Test
    void a_proposed_login_passes_its_own_rules() {
        assertThat(LoginNames.problem(Transliteration.loginFor(new PersonName("Щербакова", "Юлия", "Андреевна"))))
                .isEmpty();
    }
}
