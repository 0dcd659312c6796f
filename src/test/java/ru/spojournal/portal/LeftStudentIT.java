package ru.spojournal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R9, R10, R20 after a student leaves: an expelled or graduated student, and their parent, keep the
 * record of marks and attendance; the timetable, homework, reasons of absence, the calendar feed and
 * notifications end, and every attempt at them is refused.
 */
@IntegrationTest
class LeftStudentIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PortalFixtures portal;

    @Autowired
    StudentRoll students;

    College college;

    @BeforeEach
    void aCollegeOfItsOwn() throws Exception {
        college = colleges.create(2);
        // In the timetable and with homework, so that the schedule, homework and feed have something to end.
        portal.mondaySlot(college);
        portal.lessonWithHomeworkAndMarks(mvc, college, college.today());
    }

    private void move(int student, String kind) throws Exception {
        long id = college.students().get(student).id();
        long version = students.card(college.institutionId(), id).version();
        mvc.perform(post("/admin/students/" + id + "/movements")
                        .session(Logins.session(mvc, college.admin()))
                        .with(csrf())
                        .param("kind", kind)
                        .param("effectiveOn", college.today().toString())
                        .param("orderNumber", "15-к")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    private MvcResult page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn();
    }

    private void keepsTheRecordOnly(int student, String noticeWord) throws Exception {
        MockHttpSession own = Logins.session(mvc, college.students().get(student));
        String home = page(own, "/student").getResponse().getContentAsString();
        assertThat(home).contains("id=\"left-notice\"", noticeWord).doesNotContain("/student/schedule");
        assertThat(page(own, "/student/marks").getResponse().getContentAsString())
                .contains(">4<");
        assertThat(page(own, "/student/attendance").getResponse().getStatus()).isEqualTo(200);
        assertThat(page(own, "/student/schedule").getResponse().getStatus()).isEqualTo(403);
        assertThat(page(own, "/student/homework").getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/student/homework/1/done").session(own).with(csrf())).andExpect(status().isForbidden());
        String feed = page(own, "/account/calendar").getResponse().getContentAsString();
        String address = feed.replaceAll("(?s).*(/calendar/[A-Za-z0-9_-]+\\.ics).*", "$1");
        assertThat(page(own, address).getResponse().getContentAsString()).doesNotContain("BEGIN:VEVENT");

        MockHttpSession parent = Logins.session(mvc, college.parents().get(student));
        String child = "?child=" + college.students().get(student).id();
        assertThat(page(parent, "/parent" + child).getResponse().getContentAsString())
                .contains("id=\"left-notice\"");
        assertThat(page(parent, "/parent/marks" + child).getResponse().getContentAsString())
                .contains(">4<");
        assertThat(page(parent, "/parent/attendance" + child).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(page(parent, "/parent/schedule" + child).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page(parent, "/parent/homework" + child).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page(parent, "/parent/notices" + child).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void R20_an_expelled_student_and_their_parent_keep_the_record_and_nothing_else() throws Exception {
        move(0, "EXPULSION");
        keepsTheRecordOnly(0, "отчислен");
        MockHttpSession other = Logins.session(mvc, college.students().get(1));
        assertThat(page(other, "/student/schedule").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void R20_a_graduate_and_their_parent_keep_the_record_and_nothing_else() throws Exception {
        move(1, "GRADUATION");
        keepsTheRecordOnly(1, "выпуск");
    }

    @Test
    void R9_a_student_on_academic_leave_keeps_every_page() throws Exception {
        move(0, "ACADEMIC_LEAVE");
        MockHttpSession own = Logins.session(mvc, college.students().get(0));
        for (String path : new String[] {
            "/student", "/student/marks", "/student/attendance", "/student/schedule", "/student/homework"
        }) {
            assertThat(page(own, path).getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }
}
