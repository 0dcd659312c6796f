package ru.spojournal.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** Strict headers on every page, and CSRF on every form. */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Test
    void pages_carry_a_content_security_policy_and_refuse_framing() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
        College college = colleges.create(1);
        mvc.perform(post("/login").param("login", college.teacher().login()).param("password", Colleges.PASSWORD))
                .andExpect(status().isForbidden());
        var session = Logins.session(mvc, college.admin());
        mvc.perform(post("/admin/groups/new").session(session).param("name", "X-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void static_assets_come_from_the_application_itself() throws Exception {
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }
}
