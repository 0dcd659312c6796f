package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R16: an address that keeps guessing is slowed down, whichever logins it tries. */
@IntegrationTest
class LoginThrottleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Test
    void R16_an_address_with_too_many_failures_is_refused_even_with_a_right_password() throws Exception {
        String teacher = colleges.create(1).teacher().login();
        String address = "10.250.0.7";
        for (int i = 0; i < 20; i++) {
            Logins.attempt(mvc, "guess" + i + "." + System.nanoTime(), "x", address);
        }
        assertThat(Logins.attempt(mvc, teacher, Colleges.PASSWORD, address)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(Logins.attempt(mvc, teacher, Colleges.PASSWORD, "10.250.0.8")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }
}
