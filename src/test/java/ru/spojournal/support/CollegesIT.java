package ru.spojournal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.support.Colleges.College;

/** The college factory gives every member a working account that lands on the home of the role. */
@IntegrationTest
class CollegesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Test
    void every_member_signs_in_and_lands_on_the_home_of_the_role() throws Exception {
        College college = colleges.create(2);

        assertHome(college.admin(), "/admin");
        assertHome(college.director(), "/deputy");
        assertHome(college.deputy(), "/deputy");
        assertHome(college.head(), "/head");
        // a curator teaches too, and the teacher's home comes first
        assertHome(college.curator(), "/teacher");
        assertHome(college.teacher(), "/teacher");
        assertHome(college.students().get(0), "/student");
        assertHome(college.parents().get(1), "/parent");
    }

    @Test
    void two_colleges_share_no_login() {
        College one = colleges.create(1);
        College two = colleges.create(1);

        assertThat(one.admin().login()).isNotEqualTo(two.admin().login());
        assertThat(one.institutionId()).isNotEqualTo(two.institutionId());
    }

    private void assertHome(Colleges.Member member, String home) throws Exception {
        mvc.perform(get("/").session(Logins.session(mvc, member))).andExpect(redirectedUrl(home));
    }
}
