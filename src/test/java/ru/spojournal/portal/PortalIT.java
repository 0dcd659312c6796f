package ru.spojournal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.people.StudentView;
import ru.spojournal.portal.domain.PortalScope;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R9, R10, R19, R25: a student's and a parent's pages, and the notice of absence that a curator confirms. */
@IntegrationTest
class PortalIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PortalFixtures portal;

    @Autowired
    PeopleFixtures more;

    @Autowired
    PortalScope scope;

    @Autowired
    PeopleDirectory people;

    @Autowired
    StudentRecords records;

    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private List<StudentView> childrenShown(MockHttpSession parent, College college) throws Exception {
        String html = page(parent, "/parent");
        return people.studentsOfGroups(List.of(college.groupId())).stream()
                .filter(s -> html.contains("child=" + s.id()))
                .toList();
    }

    @Test
    void R9_a_student_sees_their_own_pages() throws Exception {
        College college = colleges.create(1);
        portal.mondaySlot(college);
        MockHttpSession student = Logins.session(mvc, college.students().get(0));
        for (String path : List.of(
                "/student", "/student/marks", "/student/attendance", "/student/schedule", "/student/homework")) {
            assertThat(page(student, path)).contains(portal.groupName(college));
        }
        assertThat(page(student, "/student/schedule"))
                .contains("Понедельник".toLowerCase().substring(0, 5));
    }

    @Test
    void R10_a_parent_switches_between_their_two_children() throws Exception {
        College college = colleges.create(1);
        portal.sibling(college, college.parents().get(0));
        MockHttpSession parent = Logins.session(mvc, college.parents().get(0));
        List<StudentView> children = childrenShown(parent, college);
        assertThat(children).hasSize(2);
        for (StudentView child : children) {
            assertThat(page(parent, "/parent/marks?child=" + child.id()))
                    .contains(child.name().full());
        }
    }

    @Test
    void R10_a_parent_asking_for_another_familys_child_is_refused_on_every_page() throws Exception {
        College college = colleges.create(2);
        MockHttpSession parent = Logins.session(mvc, college.parents().get(0));
        List<StudentView> own = childrenShown(parent, college);
        assertThat(own).hasSize(1);
        StudentView stranger = people.studentsOfGroups(List.of(college.groupId())).stream()
                .filter(s -> own.stream().noneMatch(o -> o.id().equals(s.id())))
                .findFirst()
                .orElseThrow();
        for (String path : List.of(
                "/parent",
                "/parent/marks",
                "/parent/attendance",
                "/parent/schedule",
                "/parent/homework",
                "/parent/notices")) {
            int status = mvc.perform(get(path)
                            .param("child", String.valueOf(stranger.id()))
                            .session(parent))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isEqualTo(403);
        }
    }

    @Test
    void R9_a_student_cannot_see_another_student_by_adding_a_parameter() throws Exception {
        College college = colleges.create(2);
        MockHttpSession student = Logins.session(mvc, college.students().get(0));
        StudentView self = scope.child(Logins.user(mvc, student), null).student();
        StudentView other = people.studentsOfGroups(List.of(college.groupId())).stream()
                .filter(s -> !s.id().equals(self.id()))
                .findFirst()
                .orElseThrow();
        String html = page(student, "/student/marks?child=" + other.id());
        assertThat(html)
                .contains(self.name().full())
                .doesNotContain(other.name().full());
    }

    @Test
    void a_student_ticks_homework_as_done() throws Exception {
        College college = colleges.create(1);
        portal.lessonWithHomeworkAndMarks(mvc, college, college.today());
        MockHttpSession student = Logins.session(mvc, college.students().get(0));
        String html = page(student, "/student/homework");
        String id = html.replaceAll("(?s).*?/student/homework/(\\d+)/done.*", "$1");
        mvc.perform(post("/student/homework/" + id + "/done")
                .session(student)
                .with(csrf())
                .param("done", "true"));
        assertThat(page(student, "/student/homework")).contains("Сделано ✓");
        MockHttpSession parent = Logins.session(mvc, college.parents().get(0));
        assertThat(page(parent, "/parent/homework")).doesNotContain("Сделано ✓");
    }

    @Test
    void R19_a_parents_notice_confirmed_by_the_curator_excuses_the_absence() throws Exception {
        College college = colleges.create(2);
        MockHttpSession parent = Logins.session(mvc, college.parents().get(0));
        StudentView child = childrenShown(parent, college).stream()
                .filter(s -> s.groupId().equals(college.groupId()))
                .findFirst()
                .orElseThrow();
        LocalDate day = college.today().minusDays(2);
        portal.absent(mvc, college, portal.lesson(mvc, college, day), child.id(), day);

        mvc.perform(multipart("/parent/notices")
                        .file(new MockMultipartFile(
                                "file", "spravka.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                        .param("child", String.valueOf(child.id()))
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .param("reasonCode", "ILLNESS")
                        .param("comment", "Температура")
                        .session(parent)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());

        MockHttpSession curator = Logins.session(mvc, college.curator());
        String list = page(curator, "/curator/notices");
        assertThat(list).contains(child.name().full()).contains("Открыть справку");
        String noticeId = list.replaceAll("(?s).*?/curator/notices/(\\d+)/decision.*", "$1");
        MockHttpSession otherCurator =
                Logins.session(mvc, more.household(college, 1).curator());
        assertThat(mvc.perform(post("/curator/notices/" + noticeId + "/decision")
                                .session(otherCurator)
                                .with(csrf())
                                .param("confirm", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/curator/notices/" + noticeId + "/attachment")
                                .session(otherCurator))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(post("/curator/notices/" + noticeId + "/decision")
                .session(curator)
                .with(csrf())
                .param("confirm", "true")
                .param("comment", "Справка принята"));

        assertThat(page(parent, "/parent/notices?child=" + child.id()))
                .contains("подтверждено")
                .contains("Справка принята");
        assertThat(page(parent, "/parent/attendance?child=" + child.id())).contains("Болезнь (справка)");
    }

    @Test
    void a_notice_for_days_without_absences_or_with_a_large_file_is_refused_and_nothing_saved() throws Exception {
        College college = colleges.create(1);
        MockHttpSession parent = Logins.session(mvc, college.parents().get(0));
        StudentView child = childrenShown(parent, college).get(0);
        String before = page(parent, "/parent/notices?child=" + child.id());
        // A Sunday: no test records lessons on it, so the child has no absences that day.
        LocalDate sunday =
                college.today().with(java.time.temporal.TemporalAdjusters.previous(java.time.DayOfWeek.SUNDAY));
        String answer = mvc.perform(post("/parent/notices")
                        .param("child", String.valueOf(child.id()))
                        .param("from", sunday.toString())
                        .param("to", sunday.toString())
                        .param("reasonCode", "ILLNESS")
                        .session(parent)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("нет пропусков");
        LocalDate day = college.today().minusDays(3);
        answer = mvc.perform(multipart("/parent/notices")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[6 * 1024 * 1024]))
                        .param("child", String.valueOf(child.id()))
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .param("reasonCode", "ILLNESS")
                        .session(parent)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("Файл справки слишком большой: не больше 5 МБ.");
        assertThat(page(parent, "/parent/notices?child=" + child.id()).split("notice-status").length)
                .isEqualTo(before.split("notice-status").length);
    }
}
