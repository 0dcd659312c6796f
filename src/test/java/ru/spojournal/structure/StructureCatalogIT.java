package ru.spojournal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.structure.CatalogCommands.DepartmentEdit;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14: the administrator keeps the lists of departments and specialties; others are refused. */
@IntegrationTest
class StructureCatalogIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    Colleges.College college;

    @Autowired
    StructureCatalog catalog;

    @Autowired
    StaffChoices staff;

    @Autowired
    EntityManagerFactory emf;

    MockHttpSession admin;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/structure",
                "/admin/departments",
                "/admin/departments/new",
                "/admin/specialties",
                "/admin/specialties/new"
            })
    void each_page_renders_for_the_administrator(String path) throws Exception {
        mvc.perform(get(path).session(admin)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "curator", "deputy"})
    void teachers_curators_and_deputies_are_refused_the_pages_and_the_forms(String login) throws Exception {
        MockHttpSession other = Logins.session(mvc, college.member(login));
        long department = catalog.createDepartment(
                institution, new DepartmentEdit(AdminPages.unique("Отказ"), "ОТК", null, null));
        mvc.perform(get("/admin/departments").session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/specialties").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/departments/new")
                        .session(other)
                        .with(csrf())
                        .param("name", AdminPages.unique("Чужое"))
                        .param("shortName", "Ч"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/departments/" + department + "/archive")
                        .session(other)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(catalog.department(institution, department).archived()).isFalse();
    }

    @Test
    void a_department_is_created_edited_with_a_head_archived_and_restored() throws Exception {
        String name = AdminPages.unique("Отделение");
        mvc.perform(post("/admin/departments/new")
                        .session(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("shortName", "ОТ"))
                .andExpect(redirectedUrl("/admin/departments"));
        DepartmentRow created = find(name);
        StaffChoices.Choice head = staff.staff(institution).get(0);

        mvc.perform(post("/admin/departments/" + created.id())
                        .session(admin)
                        .with(csrf())
                        .param("name", name + " (новое)")
                        .param("shortName", "ОТН")
                        .param("headStaffId", String.valueOf(head.id()))
                        .param("version", String.valueOf(created.version())))
                .andExpect(redirectedUrl("/admin/departments"));
        DepartmentRow edited = catalog.department(institution, created.id());
        assertThat(edited.name()).isEqualTo(name + " (новое)");
        assertThat(edited.headStaffId()).isEqualTo(head.id());
        mvc.perform(get("/admin/departments").param("q", name).session(admin))
                .andExpect(content()
                        .string(containsString(
                                staff.staffNames(java.util.List.of(head.id())).get(head.id()))));

        mvc.perform(post("/admin/departments/" + created.id() + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param("archived", "true"))
                .andExpect(redirectedUrl("/admin/departments"));
        mvc.perform(get("/admin/departments").param("q", name).session(admin))
                .andExpect(content().string(containsString("Найдено: 0")));
        mvc.perform(get("/admin/departments")
                        .param("q", name)
                        .param("archived", "true")
                        .session(admin))
                .andExpect(content().string(containsString("Найдено: 1")))
                .andExpect(content().string(containsString(">в архиве<")));
        assertThat(catalog.departments(
                                institution,
                                ListQuery.of(name, null, "asc", 0, StructureCatalog.DEPARTMENT_SORTS),
                                false)
                        .getContent())
                .isEmpty();

        mvc.perform(post("/admin/departments/" + created.id() + "/archive")
                .session(admin)
                .with(csrf())
                .param("archived", "false"));
        assertThat(catalog.department(institution, created.id()).archived()).isFalse();
    }

    @Test
    void a_department_with_an_empty_name_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        long before = catalog.departments(
                        institution, ListQuery.of("", null, "asc", 0, StructureCatalog.DEPARTMENT_SORTS), true)
                .getTotalElements();
        mvc.perform(post("/admin/departments/new")
                        .session(admin)
                        .with(csrf())
                        .param("name", " ")
                        .param("shortName", "ПУ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Название» не заполнено.")));
        assertThat(catalog.departments(
                                institution, ListQuery.of("", null, "asc", 0, StructureCatalog.DEPARTMENT_SORTS), true)
                        .getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void a_stale_edit_of_a_department_gets_the_conflict_message_and_changes_nothing() throws Exception {
        String name = AdminPages.unique("Конфликтное");
        long id = catalog.createDepartment(institution, new DepartmentEdit(name, "КО", null, null));
        long read = catalog.department(institution, id).version();
        catalog.editDepartment(institution, id, new DepartmentEdit(name + " 1", "КО", null, read));
        mvc.perform(post("/admin/departments/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("name", name + " 2")
                        .param("shortName", "КО")
                        .param("version", String.valueOf(read)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
        assertThat(catalog.department(institution, id).name()).isEqualTo(name + " 1");
    }

    @Test
    void a_specialty_is_created_edited_and_archived_from_its_list() throws Exception {
        String code = "99." + AdminPages.uniqueTwoDigits() + "." + AdminPages.uniqueTwoDigits();
        String name = AdminPages.unique("Специальность");
        mvc.perform(post("/admin/specialties/new")
                        .session(admin)
                        .with(csrf())
                        .param("code", code)
                        .param("name", name)
                        .param("qualification", "Техник"))
                .andExpect(redirectedUrl("/admin/specialties"));
        SpecialtyRow created = catalog.specialties(
                        institution, ListQuery.of(name, null, "asc", 0, StructureCatalog.SPECIALTY_SORTS), false)
                .getContent()
                .get(0);
        assertThat(created.code()).isEqualTo(code);

        mvc.perform(post("/admin/specialties/" + created.id())
                        .session(admin)
                        .with(csrf())
                        .param("code", code)
                        .param("name", name)
                        .param("qualification", "Старший техник")
                        .param("version", String.valueOf(created.version())))
                .andExpect(redirectedUrl("/admin/specialties"));
        assertThat(catalog.specialty(institution, created.id()).qualification()).isEqualTo("Старший техник");

        mvc.perform(post("/admin/specialties/" + created.id() + "/archive")
                .session(admin)
                .with(csrf()));
        assertThat(catalog.specialty(institution, created.id()).archived()).isTrue();
        mvc.perform(get("/admin/specialties").param("q", name).session(admin))
                .andExpect(content().string(containsString("Найдено: 0")));
    }

    @Test
    void a_duplicate_specialty_code_is_refused_naming_the_code_and_nothing_is_saved() throws Exception {
        SpecialtyRow existing = catalog.specialties(
                        institution, ListQuery.of("", null, "asc", 0, StructureCatalog.SPECIALTY_SORTS), false)
                .getContent()
                .get(0);
        String name = AdminPages.unique("Двойник");
        mvc.perform(post("/admin/specialties/new")
                        .session(admin)
                        .with(csrf())
                        .param("code", existing.code())
                        .param("name", name))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Поле «Код»: специальность с кодом " + existing.code() + " уже есть.")));
        assertThat(catalog.specialties(
                                institution, ListQuery.of(name, null, "asc", 0, StructureCatalog.SPECIALTY_SORTS), true)
                        .getTotalElements())
                .isZero();
    }

    @Test
    void a_specialty_code_in_another_form_is_refused_naming_the_code() throws Exception {
        mvc.perform(post("/admin/specialties/new")
                        .session(admin)
                        .with(csrf())
                        .param("code", "220201")
                        .param("name", AdminPages.unique("Без точек")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Код»: код специальности пишется как 22.02.01.")));
    }

    @Test
    void the_lists_are_sorted_searched_and_paged() throws Exception {
        String prefix = AdminPages.unique("Листаемое");
        for (int i = 0; i < ListQuery.PAGE_SIZE + 2; i++) {
            catalog.createDepartment(
                    institution, new DepartmentEdit(prefix + " " + (char) ('А' + i), "Л" + i, null, null));
        }
        Page<DepartmentRow> first = catalog.departments(
                institution, ListQuery.of(prefix, "name", "desc", 0, StructureCatalog.DEPARTMENT_SORTS), false);
        assertThat(first.getTotalElements()).isEqualTo(ListQuery.PAGE_SIZE + 2);
        assertThat(first.getContent()).hasSize(ListQuery.PAGE_SIZE);
        assertThat(first.getContent().get(0).name()).endsWith(String.valueOf((char) ('А' + ListQuery.PAGE_SIZE + 1)));
        mvc.perform(get("/admin/departments")
                        .queryParam("q", prefix)
                        .queryParam("page", "1")
                        .session(admin))
                .andExpect(content().string(containsString("2 из 2")))
                // the way back keeps the search
                .andExpect(content().string(containsString("page=0")))
                .andExpect(content()
                        .string(containsString("q="
                                + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8)
                                        .replace("+", "%20"))));
    }

    @Test
    void the_department_list_reads_as_many_statements_for_seven_departments_with_heads_as_for_one() throws Exception {
        String prefix = AdminPages.unique("Счётное");
        var heads = staff.staff(institution);
        catalog.createDepartment(
                institution,
                new DepartmentEdit(prefix + " 0", "С0", heads.get(0).id(), null));
        String path =
                "/admin/departments?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8);
        long one = AdminPages.statements(mvc, emf, admin, path);
        for (int i = 1; i <= 6; i++) {
            catalog.createDepartment(
                    institution,
                    new DepartmentEdit(
                            prefix + " " + i,
                            "С" + i,
                            heads.get(i % heads.size()).id(),
                            null));
        }
        assertThat(AdminPages.statements(mvc, emf, admin, path)).isEqualTo(one);
    }

    private DepartmentRow find(String name) {
        return catalog.departments(
                        institution, ListQuery.of(name, null, "asc", 0, StructureCatalog.DEPARTMENT_SORTS), false)
                .getContent()
                .get(0);
    }
}
