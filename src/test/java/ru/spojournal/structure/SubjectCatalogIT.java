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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.structure.CatalogCommands.CurriculumEdit;
import ru.spojournal.structure.CatalogCommands.SpecialtyEdit;
import ru.spojournal.structure.CatalogCommands.SubjectEdit;
import ru.spojournal.structure.domain.CurriculumLine;
import ru.spojournal.structure.domain.SubjectCatalog;
import ru.spojournal.structure.domain.SubjectRow;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14, R22: the administrator keeps the subjects and each specialty's plan; others are refused. */
@IntegrationTest
class SubjectCatalogIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    Colleges.College college;

    @Autowired
    SubjectCatalog subjects;

    @Autowired
    StructureCatalog catalog;

    @Autowired
    EntityManagerFactory emf;

    MockHttpSession admin;
    long institution;
    long specialty;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
        specialty = catalog.createSpecialty(
                institution, new SpecialtyEdit(AdminPages.uniqueCode(), AdminPages.unique("План"), null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/subjects", "/admin/subjects/new", "/admin/specialties/{s}/curriculum"})
    void each_page_renders_for_the_administrator(String path) throws Exception {
        mvc.perform(get(path.replace("{s}", String.valueOf(specialty))).session(admin))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "curator", "deputy"})
    void teachers_curators_and_deputies_are_refused_the_pages_and_the_forms(String login) throws Exception {
        MockHttpSession other = Logins.session(mvc, college.member(login));
        mvc.perform(get("/admin/subjects").session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/specialties/" + specialty + "/curriculum").session(other))
                .andExpect(status().isForbidden());
        String name = AdminPages.unique("Чужая");
        mvc.perform(post("/admin/subjects/new")
                        .session(other)
                        .with(csrf())
                        .param("code", "ОП.99")
                        .param("name", name)
                        .param("kind", "DISCIPLINE"))
                .andExpect(status().isForbidden());
        assertThat(subjects.subjects(
                                institution, ListQuery.of(name, null, "asc", 0, SubjectCatalog.SUBJECT_SORTS), true)
                        .getTotalElements())
                .isZero();
    }

    @Test
    void an_mdk_is_created_under_its_module_edited_and_archived() throws Exception {
        String module = AdminPages.unique("Модуль");
        long moduleId =
                subjects.createSubject(institution, new SubjectEdit("ПМ.07", module, SubjectKind.MODULE, null, null));
        String name = AdminPages.unique("Курс");
        mvc.perform(post("/admin/subjects/new")
                        .session(admin)
                        .with(csrf())
                        .param("code", "МДК.07.01")
                        .param("name", name)
                        .param("kind", "MDK")
                        .param("parentId", String.valueOf(moduleId)))
                .andExpect(redirectedUrl("/admin/subjects"));
        SubjectRow created = subjects.subjects(
                        institution, ListQuery.of(name, null, "asc", 0, SubjectCatalog.SUBJECT_SORTS), false)
                .getContent()
                .get(0);
        assertThat(created.parentCode()).isEqualTo("ПМ.07");

        mvc.perform(post("/admin/subjects/" + created.id())
                        .session(admin)
                        .with(csrf())
                        .param("code", "МДК.07.02")
                        .param("name", name)
                        .param("kind", "MDK")
                        .param("parentId", String.valueOf(moduleId))
                        .param("version", String.valueOf(created.version())))
                .andExpect(redirectedUrl("/admin/subjects"));
        assertThat(subjects.subject(institution, created.id()).code()).isEqualTo("МДК.07.02");

        mvc.perform(post("/admin/subjects/" + created.id() + "/archive")
                .session(admin)
                .with(csrf()));
        assertThat(subjects.subject(institution, created.id()).archived()).isTrue();
        assertThat(subjects.activeSubjects(institution))
                .extracting(SubjectView::id)
                .doesNotContain(created.id());
    }

    @Test
    void a_subject_with_an_empty_name_or_a_discipline_under_a_module_is_refused_and_nothing_is_saved()
            throws Exception {
        long moduleId = subjects.createSubject(
                institution, new SubjectEdit("ПМ.08", AdminPages.unique("Модуль"), SubjectKind.MODULE, null, null));
        mvc.perform(post("/admin/subjects/new")
                        .session(admin)
                        .with(csrf())
                        .param("code", "ОП.77")
                        .param("name", "")
                        .param("kind", "DISCIPLINE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Название» не заполнено.")));
        String name = AdminPages.unique("Дисциплина");
        mvc.perform(post("/admin/subjects/new")
                        .session(admin)
                        .with(csrf())
                        .param("code", "ОП.77")
                        .param("name", name)
                        .param("kind", "DISCIPLINE")
                        .param("parentId", String.valueOf(moduleId)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Поле «Профессиональный модуль»: к модулю относятся только МДК и практики.")));
        assertThat(subjects.subjects(
                                institution, ListQuery.of(name, null, "asc", 0, SubjectCatalog.SUBJECT_SORTS), true)
                        .getTotalElements())
                .isZero();
    }

    @Test
    void a_stale_edit_of_a_subject_gets_the_conflict_message() throws Exception {
        String name = AdminPages.unique("Спорная");
        long id =
                subjects.createSubject(institution, new SubjectEdit("ОП.66", name, SubjectKind.DISCIPLINE, null, null));
        long read = subjects.subject(institution, id).version();
        subjects.editSubject(institution, id, new SubjectEdit("ОП.67", name, SubjectKind.DISCIPLINE, null, read));
        mvc.perform(post("/admin/subjects/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("code", "ОП.68")
                        .param("name", name)
                        .param("kind", "DISCIPLINE")
                        .param("version", String.valueOf(read)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
        assertThat(subjects.subject(institution, id).code()).isEqualTo("ОП.67");
    }

    @Test
    void a_plan_row_is_added_edited_and_archived_and_a_second_one_for_the_same_semester_is_refused() throws Exception {
        long subject = subjects.createSubject(
                institution,
                new SubjectEdit("ОП.55", AdminPages.unique("Плановая"), SubjectKind.DISCIPLINE, null, null));
        String plan = "/admin/specialties/" + specialty + "/curriculum";
        mvc.perform(post(plan)
                        .session(admin)
                        .with(csrf())
                        .param("subjectId", String.valueOf(subject))
                        .param("semester", "3")
                        .param("hours", "72")
                        .param("form", "EXAM"))
                .andExpect(redirectedUrl(plan));
        CurriculumLine line = subjects.curriculum(institution, specialty, false).get(0);
        assertThat(line.hours()).isEqualTo(72);

        mvc.perform(post(plan)
                        .session(admin)
                        .with(csrf())
                        .param("subjectId", String.valueOf(subject))
                        .param("semester", "3")
                        .param("hours", "36")
                        .param("form", "CREDIT"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Поле «Семестр»: эта дисциплина уже есть в плане 3 семестра.")));

        mvc.perform(post(plan + "/" + line.id())
                        .session(admin)
                        .with(csrf())
                        .param("hours", "-4")
                        .param("form", "EXAM")
                        .param("version", String.valueOf(line.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Часы»: целое число от 0 до 3000.")));
        mvc.perform(post(plan + "/" + line.id())
                        .session(admin)
                        .with(csrf())
                        .param("hours", "90")
                        .param("form", "DIFF_CREDIT")
                        .param("version", String.valueOf(line.version())))
                .andExpect(redirectedUrl(plan));
        assertThat(subjects.curriculum(institution, specialty, false))
                .singleElement()
                .satisfies(l -> assertThat(l.hours()).isEqualTo(90));

        mvc.perform(post(plan + "/" + line.id() + "/archive").session(admin).with(csrf()));
        assertThat(subjects.curriculum(institution, specialty, false)).isEmpty();
        assertThat(subjects.curriculum(institution, specialty, true)).hasSize(1);
    }

    @Test
    void the_subject_list_and_the_plan_read_as_many_statements_for_many_rows_as_for_one() throws Exception {
        String prefix = AdminPages.unique("Счётная");
        long module = subjects.createSubject(
                institution, new SubjectEdit("ПМ.09", prefix + " модуль", SubjectKind.MODULE, null, null));
        long first = subjects.createSubject(
                institution, new SubjectEdit("МДК.09.00", prefix + " 0", SubjectKind.MDK, module, null));
        subjects.addCurriculumRow(institution, specialty, new CurriculumEdit(first, 1, 30, AttestationForm.EXAM, null));
        String list =
                "/admin/subjects?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8);
        String plan = "/admin/specialties/" + specialty + "/curriculum";
        long listOne = AdminPages.statements(mvc, emf, admin, list);
        long planOne = AdminPages.statements(mvc, emf, admin, plan);
        for (int i = 1; i <= 6; i++) {
            long id = subjects.createSubject(
                    institution, new SubjectEdit("МДК.09.0" + i, prefix + " " + i, SubjectKind.MDK, module, null));
            subjects.addCurriculumRow(
                    institution, specialty, new CurriculumEdit(id, 1 + i % 4, 30, AttestationForm.CREDIT, null));
        }
        assertThat(AdminPages.statements(mvc, emf, admin, list)).isEqualTo(listOne);
        assertThat(AdminPages.statements(mvc, emf, admin, plan)).isEqualTo(planOne);
    }
}
