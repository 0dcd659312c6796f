package ru.spojournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.spojournal.exchange.ExchangeFixtures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.spojournal.exchange.domain.FileFormat;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * The pages of import and export (R14: the administrator imports and exports lists), and every
 * attempt of another role to use them: refused with 403, and nothing changes. Imports go into an
 * empty college of the test's own; exports and refusals are of a small college of its own.
 */
@IntegrationTest
class ExchangeWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    CollegeStructure structure;

    @Autowired
    PeopleDirectory people;

    @Autowired
    ExchangeFixtures fixtures;

    long college;
    MockHttpSession ownAdmin;

    /** An administrator of an empty college of the test's own, to import into. */
    @org.junit.jupiter.api.BeforeEach
    void ownCollege() throws Exception {
        college = fixtures.emptyCollege();
        ownAdmin = Logins.session(mvc, fixtures.adminOf(college), ExchangeFixtures.PASSWORD);
    }

    static MockMultipartFile groupsFile(String name) {
        return new MockMultipartFile(
                "file",
                "groups.xlsx",
                FileFormat.XLSX.contentType(),
                Sheets.xlsx(List.of(
                        row("Группа", "Код специальности", "Специальность", "Отделение", "Курс", "Год набора"),
                        row(
                                name,
                                "22.02.05",
                                "Обработка металлов давлением",
                                "Металлургическое отделение",
                                "1",
                                "2026"))));
    }

    String upload(MockHttpSession session, MockMultipartFile file, String source) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/exchange/import")
                        .file(file)
                        .param("source", source)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    String waitFor(MockHttpSession session, String jobUrl, String marker) throws Exception {
        for (int i = 0; i < 300; i++) {
            String html = mvc.perform(get(jobUrl + "/status").session(session).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (html.contains(marker)) {
                return html;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not reach " + marker);
    }

    @Test
    void the_admin_page_offers_templates_exports_and_the_upload_form() throws Exception {
        mvc.perform(get("/admin/exchange").session(ownAdmin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/admin/exchange/templates/students.xlsx")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("/admin/exchange/export/oneroster.zip")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Родитель 1: степень родства")));
    }

    @Test
    void the_admin_downloads_a_template_and_an_export() throws Exception {
        College exported = colleges.create(1);
        MockHttpSession admin = Logins.session(mvc, exported.admin());
        mvc.perform(get("/admin/exchange/templates/staff.csv").session(admin))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("template-staff.csv")));
        MvcResult streaming = mvc.perform(
                        get("/admin/exchange/export/groups.xlsx").session(admin))
                .andReturn();
        byte[] groups = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(streaming))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Sheets.readXlsx(groups)).hasSize(1 + (int) structure.groupCount(exported.institutionId()));

        MvcResult zip = mvc.perform(get("/admin/exchange/export/oneroster.zip").session(admin))
                .andReturn();
        byte[] content = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(zip))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names)
                .contains(
                        "manifest.csv",
                        "orgs.csv",
                        "academicSessions.csv",
                        "courses.csv",
                        "classes.csv",
                        "users.csv",
                        "enrollments.csv",
                        "demographics.csv");
    }

    @Test
    void an_upload_is_checked_in_the_background_then_applied_on_request() throws Exception {
        MockHttpSession admin = ownAdmin;
        long before = structure.groupCount(college);
        String job = upload(admin, groupsFile("ОМД-26-7"), "groups");

        String checked = waitFor(admin, job, "id=\"job-ready\"");
        assertThat(checked).contains("Новых групп").doesNotContain("hx-trigger");
        assertThat(structure.groupCount(college)).as("checking changes nothing").isEqualTo(before);

        mvc.perform(post(job + "/apply").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        waitFor(admin, job, "id=\"job-applied\"");
        assertThat(structure.groups(college)).extracting(g -> g.name()).contains("ОМД-26-7");
    }

    @Test
    void a_file_with_errors_lists_them_and_cannot_be_applied() throws Exception {
        MockHttpSession admin = ownAdmin;
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "students.csv",
                "text/csv",
                "Фамилия;Имя;Пол;Группа\r\nИванов;Иван;М;НЕТ-ТАКОЙ\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String job = upload(admin, bad, "students");

        String html = waitFor(admin, job, "id=\"job-errors\"");
        assertThat(html).contains("Группа «НЕТ-ТАКОЙ» не найдена").doesNotContain("id=\"apply\"");
        mvc.perform(post(job + "/apply").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(job).session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Этот файл сейчас загрузить нельзя");
    }

    @Test
    void a_damaged_file_gets_a_russian_message_on_the_job_page() throws Exception {
        MockHttpSession admin = ownAdmin;
        MockMultipartFile broken = new MockMultipartFile(
                "file", "groups.xlsx", FileFormat.XLSX.contentType(), new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5
                });
        String job = upload(admin, broken, "groups");

        assertThat(waitFor(admin, job, "id=\"job-failed\"")).contains("не является книгой Excel (XLSX) или повреждён");
    }

    @Test
    void an_empty_upload_is_refused_with_a_message() throws Exception {
        MockHttpSession admin = ownAdmin;
        mvc.perform(multipart("/admin/exchange/import")
                        .file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .param("source", "groups")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("uploadError", "exchange.upload.empty"));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_naming_the_limit() throws Exception {
        MockMultipartFile huge = new MockMultipartFile("file", "students.csv", "text/csv", new byte[21 * 1024 * 1024]);
        mvc.perform(multipart("/admin/exchange/import")
                        .file(huge)
                        .param("source", "students")
                        .session(ownAdmin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("uploadError", "exchange.upload.tooLarge"));
        mvc.perform(get("/admin/exchange")
                        .session(ownAdmin)
                        .flashAttr("uploadError", "exchange.upload.tooLarge")
                        .flashAttr("uploadErrorArgs", List.of(20L)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Файл слишком большой: можно загрузить не больше 20 МБ")));
    }

    @ParameterizedTest(name = "R14: {0} may not import")
    @ValueSource(strings = {"teacher", "student", "parent", "deputy", "head", "curator"})
    void R14_only_the_administrator_imports_and_nothing_changes_for_others(String post) throws Exception {
        College own = colleges.create(1);
        MockHttpSession session = Logins.session(mvc, own.member(post));
        long before = structure.groupCount(own.institutionId());
        mvc.perform(multipart("/admin/exchange/import")
                        .file(groupsFile("ЧУЖАЯ-1"))
                        .param("source", "groups")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/exchange/export/students.xlsx").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/exchange/export/oneroster.zip").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/exchange").session(session)).andExpect(status().isForbidden());
        assertThat(structure.groupCount(own.institutionId())).isEqualTo(before);
    }

    @Test
    void R14_a_teacher_cannot_apply_a_checked_job_of_the_administrator() throws Exception {
        MockHttpSession admin = ownAdmin;
        String job = upload(admin, groupsFile("ОМД-26-8"), "groups");
        waitFor(admin, job, "id=\"job-ready\"");

        MockHttpSession teacher =
                Logins.session(mvc, fixtures.accountOf(college, Role.TEACHER), ExchangeFixtures.PASSWORD);
        mvc.perform(post(job + "/apply").session(teacher).with(csrf())).andExpect(status().isForbidden());
        assertThat(structure.groupCount(college)).isZero();
    }

    @Test
    void another_administrator_does_not_see_or_apply_someone_elses_upload() throws Exception {
        MockHttpSession admin = ownAdmin;
        String job = upload(admin, groupsFile("ОМД-26-9"), "groups");
        waitFor(admin, job, "id=\"job-ready\"");
        String other = fixtures.adminOf(fixtures.emptyCollege());
        MockHttpSession second = Logins.session(mvc, other, ExchangeFixtures.PASSWORD);

        mvc.perform(get(job).session(second)).andExpect(status().isNotFound());
        mvc.perform(post(job + "/apply").session(second).with(csrf())).andExpect(status().isNotFound());
        assertThat(structure.groupCount(college)).isZero();
    }

    @Test
    void an_upload_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(multipart("/admin/exchange/import")
                        .file(groupsFile("ОМД-26-6"))
                        .param("source", "groups")
                        .session(ownAdmin))
                .andExpect(status().isForbidden());
    }
}
