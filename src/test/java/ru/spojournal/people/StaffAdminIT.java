package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.domain.ParentRecords;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14: the administrator keeps the list of staff; other roles are refused; bad input saves nothing. */
@IntegrationTest
class StaffAdminIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    StaffRecords staff;

    @Autowired
    ParentRecords parents;

    College college;
    MockHttpSession admin;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    /** A surname nobody else has, so that searches find only this test's rows. */
    private static String surname(String stem) {
        return stem + "ова" + "абвгдежзиклмнопрстуфхцчшщ".charAt(SEQ.incrementAndGet() % 25)
                + System.nanoTime() % 100000;
    }

    private long create(String lastName) throws Exception {
        String url = mvc.perform(post("/admin/staff/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", lastName)
                        .param("firstName", "Анна")
                        .param("middleName", "Петровна")
                        .param("sex", "F")
                        .param("email", "anna@example.ru")
                        .param("phone", "+7 905 000-00-00")
                        .param("position", "Преподаватель физики"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long count(String text) {
        return staff.find(institution, ListQuery.of(text, null, "asc", 0, StaffRecords.SORTS), false)
                .getTotalElements();
    }

    @Test
    void R14_every_staff_page_renders_for_the_administrator() throws Exception {
        long id = create(surname("Страничн"));
        for (String url : new String[] {
            "/admin/staff",
            "/admin/staff/new",
            "/admin/staff/" + id,
            "/admin/staff?archived=true&sort=position&dir=desc",
            "/admin"
        }) {
            mvc.perform(get(url).session(admin)).andExpect(status().isOk());
        }
        mvc.perform(get("/admin").session(admin)).andExpect(content().string(containsString("/admin/staff")));
    }

    @Test
    void R14_teachers_curators_students_and_parents_are_refused_every_staff_page_and_post() throws Exception {
        long id = create(surname("Запретн"));
        for (Member member : new Member[] {
            college.teacher(),
            college.curator(),
            college.students().get(0),
            college.parents().get(0)
        }) {
            MockHttpSession session = Logins.session(mvc, member);
            for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/admin/staff"),
                get("/admin/staff/new"),
                get("/admin/staff/" + id),
                post("/admin/staff/new")
                        .with(csrf())
                        .param("lastName", "Взлом")
                        .param("firstName", "Иван")
                        .param("sex", "M")
                        .param("position", "Директор"),
                post("/admin/staff/" + id + "/archive").with(csrf()).param("version", "0"),
                post("/admin/staff/" + id + "/account").with(csrf())
            }) {
                mvc.perform(request.session(session)).andExpect(status().isForbidden());
            }
        }
        assertThat(count("Взлом")).isZero();
        assertThat(staff.card(institution, id).archived()).isFalse();
    }

    @Test
    void R14_a_new_member_of_staff_is_found_by_a_cyrillic_surname_and_shown_on_the_card() throws Exception {
        String name = surname("Новиков");
        long id = create(name);
        mvc.perform(get("/admin/staff").param("q", name.toLowerCase()).session(admin))
                .andExpect(content().string(containsString(name + " Анна Петровна")))
                .andExpect(content().string(containsString("Преподаватель физики")))
                .andExpect(content().string(containsString("Найдено: 1")));
        mvc.perform(get("/admin/staff/" + id).session(admin))
                .andExpect(content().string(containsString("anna@example.ru")))
                .andExpect(content().string(containsString("Создать учётную запись")));
    }

    @Test
    void an_empty_surname_or_a_bad_email_is_refused_naming_the_field_and_saves_nothing() throws Exception {
        long before = staff.find(institution, ListQuery.of("", null, "asc", 0, StaffRecords.SORTS), false)
                .getTotalElements();
        mvc.perform(post("/admin/staff/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", " ")
                        .param("firstName", "Анна")
                        .param("sex", "F")
                        .param("position", "Преподаватель"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Фамилия» не заполнено.")));
        String name = surname("Почтов");
        mvc.perform(post("/admin/staff/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", name)
                        .param("firstName", "Анна")
                        .param("sex", "F")
                        .param("email", "не почта")
                        .param("position", "Преподаватель"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Электронная почта» заполнено неверно")));
        assertThat(count(name)).isZero();
        assertThat(staff.find(institution, ListQuery.of("", null, "asc", 0, StaffRecords.SORTS), false)
                        .getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void an_edit_is_saved_and_a_stale_edit_gets_a_conflict_message_and_changes_nothing() throws Exception {
        long id = create(surname("Правк"));
        StaffCard card = staff.card(institution, id);
        String renamed = surname("Исправленн");
        mvc.perform(edit(id, renamed, card.version(), card.personVersion())).andExpect(status().is3xxRedirection());
        assertThat(staff.card(institution, id).person().name().lastName()).isEqualTo(renamed);
        assertThat(staff.card(institution, id).position()).isEqualTo("Заведующий лабораторией");
        mvc.perform(edit(id, "Устаревш", card.version(), card.personVersion()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("изменил кто-то другой")));
        assertThat(staff.card(institution, id).person().name().lastName()).isEqualTo(renamed);
    }

    private MockHttpServletRequestBuilder edit(long id, String lastName, long version, long personVersion) {
        return post("/admin/staff/" + id)
                .session(admin)
                .with(csrf())
                .param("lastName", lastName)
                .param("firstName", "Анна")
                .param("sex", "F")
                .param("position", "Заведующий лабораторией")
                .param("version", String.valueOf(version))
                .param("personVersion", String.valueOf(personVersion));
    }

    @Test
    void an_archived_member_of_staff_leaves_the_list_stays_among_the_dismissed_and_can_return() throws Exception {
        String name = surname("Уволенн");
        long id = create(name);
        mvc.perform(post("/admin/staff/" + id + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(staff.card(institution, id).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(count(name)).isZero();
        mvc.perform(get("/admin/staff")
                        .param("q", name)
                        .param("archived", "true")
                        .session(admin))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/admin/staff/" + id + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/staff/" + id + "/restore")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(staff.card(institution, id).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void R14_the_card_creates_the_account_once_and_then_links_to_it() throws Exception {
        long id = create(surname("Учётн"));
        mvc.perform(post("/admin/staff/" + id + "/account").session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("issued-password")));
        StaffCard card = staff.card(institution, id);
        assertThat(card.accountId()).isNotNull();
        mvc.perform(get("/admin/staff/" + id).session(admin))
                .andExpect(content().string(containsString("/admin/accounts/" + card.accountId())))
                .andExpect(content().string(not(containsString("Создать учётную запись"))));
        mvc.perform(post("/admin/staff/" + id + "/account").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void R14_staff_and_parents_of_another_college_do_not_exist_for_this_administrator() throws Exception {
        long other = colleges.create(1).institutionId();
        String name = surname("Чужеколледжн");
        long foreignStaff = staff.create(
                other, new NewPerson(new PersonName(name, "Анна", null), Sex.F, null, null, null), "Преподаватель");
        long foreignParent =
                parents.create(other, new NewPerson(new PersonName(name, "Анна", null), Sex.F, null, null, null));
        mvc.perform(get("/admin/staff/" + foreignStaff).session(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/staff/" + foreignStaff + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/staff/" + foreignStaff + "/account")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/parents/" + foreignParent).session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/staff").param("q", name).session(admin))
                .andExpect(content().string(containsString("Найдено: 0")));
        assertThat(staff.card(other, foreignStaff).archived()).isFalse();
    }
}
