package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.domain.LinkedChild;
import ru.spojournal.people.domain.ParentCard;
import ru.spojournal.people.domain.ParentRecords;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R10, R14: the administrator keeps parents and their links to students; other roles are refused. */
@IntegrationTest
class ParentAdminIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    ParentRecords parents;

    @Autowired
    StudentRoll students;

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

    private long student(String lastName) {
        long group = fixtures.group(college);
        return students.create(
                institution,
                new NewPerson(new PersonName(lastName, "Олег", "Игоревич"), Sex.M, null, null, null),
                group,
                null,
                LocalDate.of(2026, 9, 1));
    }

    private long parentFor(long studentId, String lastName) throws Exception {
        String url = mvc.perform(post("/admin/parents/new")
                        .session(admin)
                        .with(csrf())
                        .param("studentId", String.valueOf(studentId))
                        .param("relation", "MOTHER")
                        .param("lastName", lastName)
                        .param("firstName", "Ольга")
                        .param("middleName", "Сергеевна")
                        .param("sex", "F")
                        .param("phone", "+7 900 111-22-33"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long found(String text) {
        return parents.find(institution, ListQuery.of(text, null, "asc", 0, ParentRecords.SORTS))
                .getTotalElements();
    }

    @Test
    void R14_every_parent_page_renders_for_the_administrator() throws Exception {
        long child = student(unique("Сыновьев"));
        long id = parentFor(child, unique("Матерева"));
        for (String url : new String[] {
            "/admin/parents",
            "/admin/parents?q=матерева&dir=desc",
            "/admin/parents/new",
            "/admin/parents/new?student=" + child,
            "/admin/parents/" + id,
            "/admin/parents/" + id + "?studentQ=сыновьев"
        }) {
            mvc.perform(get(url).session(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void R10_teachers_curators_students_and_parents_are_refused_every_parent_page_and_post() throws Exception {
        long child = student(unique("Охраняев"));
        long other = student(unique("Чужаков"));
        long id = parentFor(child, unique("Охраняева"));
        for (Member member : new Member[] {
            college.teacher(),
            college.curator(),
            college.students().get(0),
            college.parents().get(0)
        }) {
            MockHttpSession session = Logins.session(mvc, member);
            for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/admin/parents"),
                get("/admin/parents/new"),
                get("/admin/parents/" + id),
                post("/admin/parents/new")
                        .with(csrf())
                        .param("lastName", "Взломова")
                        .param("firstName", "Ида")
                        .param("sex", "F"),
                post("/admin/parents/" + id + "/links")
                        .with(csrf())
                        .param("studentId", String.valueOf(other))
                        .param("relation", "GUARDIAN"),
                post("/admin/parents/" + id + "/links/" + child + "/delete").with(csrf())
            }) {
                mvc.perform(request.session(session)).andExpect(status().isForbidden());
            }
        }
        assertThat(found("Взломова")).isZero();
        assertThat(parents.card(institution, id).children())
                .extracting(LinkedChild::studentId)
                .containsExactly(child);
    }

    @Test
    void R10_a_parent_created_from_the_students_card_is_linked_and_shown_on_both_cards_and_in_the_list()
            throws Exception {
        String childName = unique("Детёнов");
        long child = student(childName);
        String name = unique("Родителева");
        long id = parentFor(child, name);
        mvc.perform(get("/admin/students/" + child).session(admin))
                .andExpect(content().string(containsString(name + " Ольга Сергеевна")))
                .andExpect(content().string(containsString("мать")));
        mvc.perform(get("/admin/parents/" + id).session(admin))
                .andExpect(content().string(containsString(childName + " Олег Игоревич")))
                .andExpect(content().string(containsString("обучается")));
        mvc.perform(get("/admin/parents").param("q", name).session(admin))
                .andExpect(content().string(containsString(childName + " О. И.")))
                .andExpect(content().string(containsString("Найдено: 1")));
    }

    @Test
    void R10_a_parent_is_linked_to_a_second_student_found_by_name_once_and_unlinked_keeping_both() throws Exception {
        long first = student(unique("Первенцев"));
        String secondName = unique("Второв");
        long second = student(secondName);
        long id = parentFor(first, unique("Связева"));
        mvc.perform(get("/admin/parents/" + id).param("studentQ", secondName).session(admin))
                .andExpect(content().string(containsString(secondName + " Олег Игоревич")));
        mvc.perform(post("/admin/parents/" + id + "/links")
                        .session(admin)
                        .with(csrf())
                        .param("studentId", String.valueOf(second))
                        .param("relation", "GUARDIAN"))
                .andExpect(flash().attribute("notice", "parent.linked"));
        mvc.perform(post("/admin/parents/" + id + "/links")
                        .session(admin)
                        .with(csrf())
                        .param("studentId", String.valueOf(second))
                        .param("relation", "FATHER"))
                .andExpect(flash().attribute("problem", "parent.student.linked"));
        mvc.perform(post("/admin/parents/" + id + "/links")
                        .session(admin)
                        .with(csrf())
                        .param("studentId", "999999999")
                        .param("relation", "FATHER"))
                .andExpect(flash().attribute("problem", "parent.student.unknown"));
        mvc.perform(get("/admin/parents/" + id)
                        .session(Logins.session(mvc, college.admin()))
                        .flashAttr("problem", "parent.student.linked"))
                .andExpect(
                        content().string(containsString("Поле «Студент»: этот родитель уже связан с этим студентом.")));
        assertThat(parents.card(institution, id).children())
                .extracting(LinkedChild::relation)
                .containsExactlyInAnyOrder(Relation.MOTHER, Relation.GUARDIAN);
        mvc.perform(post("/admin/parents/" + id + "/links/" + first + "/delete")
                        .session(admin)
                        .with(csrf())
                        .param("back", "student"))
                .andExpect(status().is3xxRedirection());
        assertThat(parents.card(institution, id).children())
                .extracting(LinkedChild::studentId)
                .containsExactly(second);
        assertThat(students.card(institution, first).parents()).isEmpty();
        assertThat(students.card(institution, first).status()).isEqualTo(StudentStatus.STUDYING);
    }

    @Test
    void an_empty_surname_a_bad_email_or_a_missing_relation_is_refused_naming_the_field_and_saves_nothing()
            throws Exception {
        String name = unique("Ошибкина");
        mvc.perform(post("/admin/parents/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "")
                        .param("firstName", name)
                        .param("sex", "F"))
                .andExpect(content().string(containsString("Поле «Фамилия» не заполнено.")));
        mvc.perform(post("/admin/parents/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", name)
                        .param("firstName", "Ида")
                        .param("sex", "F")
                        .param("email", "ida@"))
                .andExpect(content().string(containsString("Поле «Электронная почта» заполнено неверно")));
        long child = student(unique("Безотношенцев"));
        mvc.perform(post("/admin/parents/new")
                        .session(admin)
                        .with(csrf())
                        .param("studentId", String.valueOf(child))
                        .param("lastName", name)
                        .param("firstName", "Ида")
                        .param("sex", "F"))
                .andExpect(content().string(containsString("Поле «Кем приходится» не заполнено.")));
        assertThat(found(name)).isZero();
        assertThat(students.card(institution, child).parents()).isEmpty();
    }

    @Test
    void a_stale_parent_edit_gets_a_conflict_message_and_changes_nothing() throws Exception {
        long id = parentFor(student(unique("Версиев")), unique("Версиева"));
        ParentCard card = parents.card(institution, id);
        mvc.perform(edit(id, "Первоправкина", card)).andExpect(status().is3xxRedirection());
        mvc.perform(edit(id, "Второправкина", card))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("изменил кто-то другой")));
        assertThat(parents.card(institution, id).person().name().lastName()).isEqualTo("Первоправкина");
    }

    private MockHttpServletRequestBuilder edit(long id, String lastName, ParentCard card) {
        return post("/admin/parents/" + id)
                .session(admin)
                .with(csrf())
                .param("lastName", lastName)
                .param("firstName", "Ольга")
                .param("sex", "F")
                .param("version", String.valueOf(card.version()))
                .param("personVersion", String.valueOf(card.personVersion()));
    }
}
