package ru.spojournal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** R16: passwords people choose, and the one-time passwords the college hands out. */
class PasswordPolicyTest {

    @Test
    void R16_rejects_short_passwords() {
        assertThat(PasswordPolicy.check("ivanov", "abc123")).contains("password.tooShort");
    }

    @Test
    void R16_rejects_passwords_without_letters_or_digits() {
        assertThat(PasswordPolicy.check("ivanov", "12345678")).contains("password.lettersAndDigits");
        assertThat(PasswordPolicy.check("ivanov", "abcdefgh")).contains("password.lettersAndDigits");
    }

    @Test
    void R16_rejects_the_login_as_password() {
        assertThat(PasswordPolicy.check("ivanov12", "IVANOV12")).contains("password.sameAsLogin");
    }

    @Test
    void accepts_a_reasonable_password() {
        assertThat(PasswordPolicy.check("ivanov", "Zhurnal2026")).isEmpty();
    }

    @RepeatedTest(20)
    void one_time_passwords_pass_the_policy_and_avoid_ambiguous_characters() {
        String password = PasswordPolicy.oneTimePassword();
        assertThat(PasswordPolicy.check("", password)).isEmpty();
        assertThat(password).hasSize(10).doesNotContain("l", "1", "O", "0", "I");
    }
}
