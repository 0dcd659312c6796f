package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.domain.CollegeSetup;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14: a real college starts with its first administrator, who must choose a password. */
@IntegrationTest
class CollegeSetupIT {

    @Autowired
    CollegeSetup setup;

    @Autowired
    CollegeStructure structure;

    @Autowired
    MockMvc mvc;

    @Test
    void creates_a_non_demo_college_whose_administrator_must_change_the_one_time_password() throws Exception {
        // Codes and logins are unique across the database, which may hold any other test's colleges.
        String code = "kmt-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String login = code.replace('-', '.') + ".admin";
        var issued =
                setup.createCollege(code, "Кузнецкий металлургический техникум", ZoneId.of("Asia/Novokuznetsk"), login);
        assertThat(structure.institutionByCode(code).orElseThrow().demo()).isFalse();
        var session = Logins.session(mvc, login, issued.oneTimePassword());
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/account/password"));
    }
}
