package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R1, R14: the administrator admits students and records the orders that move them; each movement
 * stays in the history, and an impossible one is refused in Russian, naming the field, saving nothing.
 */
@IntegrationTest
class StudentMovementsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    StudentRoll students;

    @Autowired
    PeopleDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    College college;
    MockHttpSession admin;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    private static String unique(String stem) {
        return stem + "абвгдежзиклмнопрстуфхцчшщ".charAt(SEQ.incrementAndGet() % 25) + System.nanoTime() % 100000;
    }

    /** An empty group of the college, so that only this test's students are in it. */
    private long group() {
        return fixtures.group(college);
    }

    private long admit(String lastName, long groupId) throws Exception {
        String url = mvc.perform(post("/admin/students/new")
                        .session(admin)
                        .with(csrf())
                        .param("groupId", String.valueOf(groupId))
                        .param("lastName", lastName)
                        .param("firstName", "Пётр")
                        .param("middleName", "Ильич")
                        .param("sex", "M")
                        .param("recordBookNumber", "ЗК-" + SEQ.incrementAndGet())
                        .param("admittedOn", "2026-09-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private ResultActions move(long id, String kind, Long toGroup, String date) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/students/" + id + "/movements")
                .session(admin)
                .with(csrf())
                .param("kind", kind)
                .param("effectiveOn", date)
                .param("orderNumber", "15-к")
                .param("reason", "заявление")
                .param("version", String.valueOf(students.card(institution, id).version()));
        if (toGroup != null) {
            request.param("toGroupId", String.valueOf(toGroup));
        }
        return mvc.perform(request);
    }

    private long found(String text) {
        return students.find(institution, null, null, ListQuery.of(text, null, "asc", 0, StudentRoll.SORTS))
                .getTotalElements();
    }

    @Test
    void R14_every_student_page_renders_for_the_administrator() throws Exception {
        long group = group();
        long id = admit(unique("Страницын"), group);
        for (String url : new String[] {
            "/admin/students",
            "/admin/students?group=" + group + "&sort=status&dir=desc",
            "/admin/students?status=EXPELLED",
            "/admin/students/new?group=" + group,
            "/admin/students/" + id
        }) {
            mvc.perform(get(url).session(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void R14_teachers_curators_students_and_parents_are_refused_every_student_page_and_post() throws Exception {
        long group = group();
        long id = admit(unique("Закрытов"), group);
        for (Member member : new Member[] {
            college.teacher(),
            college.curator(),
            college.students().get(0),
            college.parents().get(0)
        }) {
            MockHttpSession session = Logins.session(mvc, member);
            for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/admin/students"),
                get("/admin/students/new"),
                get("/admin/students/" + id),
                post("/admin/students/new")
                        .with(csrf())
                        .param("groupId", String.valueOf(group))
                        .param("lastName", "Взломов")
                        .param("firstName", "Иван")
                        .param("sex", "M"),
                post("/admin/students/" + id)
                        .with(csrf())
                        .param("lastName", "Взломов")
                        .param("firstName", "Иван")
                        .param("sex", "M"),
                post("/admin/students/" + id + "/movements")
                        .with(csrf())
                        .param("kind", "EXPULSION")
                        .param("effectiveOn", "2026-11-18")
            }) {
                mvc.perform(request.session(session)).andExpect(status().isForbidden());
            }
        }
        assertThat(found("Взломов")).isZero();
        assertThat(students.card(institution, id).status()).isEqualTo(StudentStatus.STUDYING);
    }

    @Test
    void R14_a_student_admitted_to_a_group_is_listed_by_the_group_and_the_card_shows_the_admission() throws Exception {
        long group = group();
        String name = unique("Зачисленный");
        long id = admit(name, group);
        mvc.perform(get("/admin/students").param("group", String.valueOf(group)).session(admin))
                .andExpect(content().string(containsString(name + " Пётр Ильич")))
                .andExpect(content().string(containsString("Найдено: 1")));
        mvc.perform(get("/admin/students/" + id).session(admin))
                .andExpect(content().string(containsString("обучается")))
                .andExpect(content().string(containsString("зачисление")))
                .andExpect(content().string(containsString("01.09.2026")));
    }

    @Test
    void an_empty_surname_or_an_unknown_group_is_refused_naming_the_field_and_saves_nothing() throws Exception {
        String name = unique("Безгруппов");
        mvc.perform(post("/admin/students/new")
                        .session(admin)
                        .with(csrf())
                        .param("groupId", "999999999")
                        .param("lastName", name)
                        .param("firstName", "Иван")
                        .param("sex", "M"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Группа»: такой группы нет или она в архиве.")));
        mvc.perform(post("/admin/students/new")
                        .session(admin)
                        .with(csrf())
                        .param("groupId", String.valueOf(group()))
                        .param("lastName", "")
                        .param("firstName", name)
                        .param("sex", "M"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Фамилия» не заполнено.")));
        assertThat(found(name)).isZero();
    }

    @Test
    void R1_each_movement_kind_changes_group_or_status_and_stays_in_the_history_in_order() throws Exception {
        long from = group();
        long to = group();
        long id = admit(unique("Движенцев"), from);
        move(id, "TRANSFER", to, "2026-10-01").andExpect(status().is3xxRedirection());
        assertThat(students.card(institution, id).groupId()).isEqualTo(to);
        assertThat(directory.studentsOfGroups(List.of(to)))
                .extracting(StudentView::id)
                .contains(id);
        assertThat(directory.studentsOfGroups(List.of(from)))
                .extracting(StudentView::id)
                .doesNotContain(id);
        move(id, "ACADEMIC_LEAVE", null, "2026-10-10").andExpect(status().is3xxRedirection());
        assertThat(students.card(institution, id).status()).isEqualTo(StudentStatus.ACADEMIC_LEAVE);
        move(id, "RETURN", null, "2026-11-01").andExpect(status().is3xxRedirection());
        assertThat(students.card(institution, id).status()).isEqualTo(StudentStatus.STUDYING);
        move(id, "EXPULSION", null, "2026-11-10").andExpect(status().is3xxRedirection());
        assertThat(students.card(institution, id).status()).isEqualTo(StudentStatus.EXPELLED);
        move(id, "RETURN", null, "2026-11-12").andExpect(status().is3xxRedirection());
        move(id, "GRADUATION", null, "2027-06-30").andExpect(status().is3xxRedirection());
        StudentCard card = students.card(institution, id);
        assertThat(card.status()).isEqualTo(StudentStatus.GRADUATED);
        assertThat(card.history())
                .extracting(MovementView::kind)
                .containsExactly(
                        MovementKind.ADMISSION,
                        MovementKind.TRANSFER,
                        MovementKind.ACADEMIC_LEAVE,
                        MovementKind.RETURN,
                        MovementKind.EXPULSION,
                        MovementKind.RETURN,
                        MovementKind.GRADUATION);
        assertThat(card.history().get(1).fromGroupId()).isEqualTo(from);
        assertThat(card.history().get(1).orderNumber()).isEqualTo("15-к");
        mvc.perform(get("/admin/students/" + id).session(admin))
                .andExpect(content().string(containsString("перевод в другую группу")))
                .andExpect(content().string(containsString("академический отпуск")))
                .andExpect(content().string(containsString("выпуск")))
                .andExpect(content().string(containsString("выпускник")));
    }

    @Test
    void R17_a_movement_is_kept_in_the_audit_log_with_the_administrator_who_recorded_it() throws Exception {
        String name = unique("Аудитов");
        long id = admit(name, group());
        move(id, "ACADEMIC_LEAVE", null, "2026-11-04").andExpect(status().is3xxRedirection());
        assertThat(jdbc.query(
                        "select kind, actor_login, detail from audit_entry where target_name like ?",
                        (rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                        name + "%"))
                .contains("STUDENT_MOVED|" + college.admin().login() + "|академический отпуск, 04.11.2026, приказ 15-к")
                .anyMatch(line ->
                        line.startsWith("STUDENT_ADMITTED|" + college.admin().login() + "|"));
    }

    @Test
    void R1_expelling_an_expelled_student_is_refused_in_russian_and_adds_nothing_to_the_history() throws Exception {
        long id = admit(unique("Отчисленов"), group());
        move(id, "EXPULSION", null, "2026-11-02").andExpect(status().is3xxRedirection());
        move(id, "EXPULSION", null, "2026-11-03")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Поле «Движение»: «отчисление» невозможно, студент сейчас: отчислен.")));
        assertThat(students.card(institution, id).history()).hasSize(2);
    }

    @Test
    void R1_a_transfer_to_an_archived_or_the_same_group_or_without_a_group_is_refused_naming_the_new_group()
            throws Exception {
        long group = group();
        long archived = group();
        jdbc.update("update study_group set archived = true where id = ?", archived);
        long id = admit(unique("Переводов"), group);
        move(id, "TRANSFER", archived, "2026-11-02")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Новая группа»: такой группы нет или она в архиве.")));
        move(id, "TRANSFER", group, "2026-11-02")
                .andExpect(content().string(containsString("Поле «Новая группа»: студент уже учится в этой группе.")));
        move(id, "TRANSFER", null, "2026-11-02")
                .andExpect(content().string(containsString("Поле «Новая группа» не заполнено")));
        StudentCard card = students.card(institution, id);
        assertThat(card.groupId()).isEqualTo(group);
        assertThat(card.history()).hasSize(1);
    }

    @Test
    void R1_a_date_outside_the_academic_year_or_before_the_last_movement_is_refused_naming_the_date() throws Exception {
        long id = admit(unique("Датов"), group());
        move(id, "ACADEMIC_LEAVE", null, "2027-07-15")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Дата»: 15.07.2027 не входит ни в один учебный год")));
        move(id, "ACADEMIC_LEAVE", null, "2026-08-31").andExpect(content().string(containsString("Поле «Дата»")));
        move(id, "ACADEMIC_LEAVE", null, "").andExpect(content().string(containsString("Поле «Дата» не заполнено.")));
        assertThat(students.card(institution, id).status()).isEqualTo(StudentStatus.STUDYING);
        assertThat(students.card(institution, id).history()).hasSize(1);
    }

    @Test
    void a_stale_movement_or_profile_edit_gets_a_conflict_message_and_changes_nothing() throws Exception {
        long id = admit(unique("Устаревший"), group());
        StudentCard card = students.card(institution, id);
        mvc.perform(post("/admin/students/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Новофамильный")
                        .param("firstName", "Пётр")
                        .param("sex", "M")
                        .param("version", String.valueOf(card.version()))
                        .param("personVersion", String.valueOf(card.personVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(students.card(institution, id).person().name().lastName()).isEqualTo("Новофамильный");
        mvc.perform(post("/admin/students/" + id + "/movements")
                        .session(admin)
                        .with(csrf())
                        .param("kind", "EXPULSION")
                        .param("effectiveOn", "2026-11-05")
                        .param("version", String.valueOf(card.version() + 5)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("изменил кто-то другой")));
        mvc.perform(post("/admin/students/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Старофамильный")
                        .param("firstName", "Пётр")
                        .param("sex", "M")
                        .param("version", String.valueOf(card.version()))
                        .param("personVersion", String.valueOf(card.personVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("изменил кто-то другой")));
        assertThat(students.card(institution, id).status()).isEqualTo(StudentStatus.STUDYING);
        assertThat(students.card(institution, id).person().name().lastName()).isEqualTo("Новофамильный");
    }
}
