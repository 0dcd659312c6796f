package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** The journal's rules through its JSON API (R1, R3, R5, R7, R8), each forbidden case tried. */
@IntegrationTest
class JournalApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalTestColleges journals;

    @Autowired
    PeopleDirectory people;

    College college;
    MockHttpSession teacher;
    LocalDate today;

    @BeforeEach
    void aCollegeOfItsOwn() throws Exception {
        college = colleges.create(6);
        teacher = Logins.session(mvc, college.teacher());
        today = college.today();
    }

    private String api(String path) {
        return "/api/v1/journals/" + college.journalId() + path;
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            MockHttpSession session,
            String json)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long lesson(LocalDate date, Integer period, String reason) throws Exception {
        String body = """
                {"date":"%s","periodNumber":%s,"hours":2,"topic":"Кристаллическое строение металлов",
                 "columns":[{"workTypeId":null,"title":null}],
                 "homework":{"content":"Конспект, вопросы 1–5","pages":"12–18","tasks":"1, 2"},
                 "reason":%s}""".formatted(date, period, reason == null ? "null" : "\"" + reason + "\"");
        String answer = send(post(api("/lessons")), teacher, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private long firstColumn(long lessonId) throws Exception {
        String data = mvc.perform(get(api("")).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        net.minidev.json.JSONArray ids = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id");
        return ((Number) ids.get(0)).longValue();
    }

    private ResultActions mark(long column, long student, String value, Long version, String reason) throws Exception {
        String body = """
                {"columnId":%d,"studentId":%d,"value":%s,"version":%s,"reason":%s}""".formatted(
                        column,
                        student,
                        value == null ? "null" : "\"" + value + "\"",
                        version,
                        reason == null ? "null" : "\"" + reason + "\"");
        return send(put(api("/marks")), teacher, body);
    }

    private long student(int index) {
        return college.students().get(index).id();
    }

    @Test
    void the_api_description_names_its_operations_in_russian_from_the_bundles() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").session(teacher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(doc)
                .contains("Журналы текущего семестра, которые ведёт пользователь")
                .doesNotContain("api.doc.");
    }

    @Test
    void R3_a_teacher_records_a_lesson_with_topic_kind_of_work_and_homework() throws Exception {
        long lessonId = lesson(today, 1, null);
        mvc.perform(get(api("")).session(teacher))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.lessons[0].topic").value("Кристаллическое строение металлов"))
                .andExpect(jsonPath("$.lessons[0].columns[0].workType").value("Устный ответ"))
                .andExpect(jsonPath("$.lessons[0].homework", containsString("стр. 12–18")))
                .andExpect(jsonPath("$.students", hasSize(college.students().size())));
        assertThat(lessonId).isPositive();
    }

    @Test
    void R3_marks_are_saved_and_the_weighted_average_follows() throws Exception {
        long column = firstColumn(lesson(today, 1, null));
        mark(column, student(0), "5", null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("5"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.average").value(5.0))
                .andExpect(jsonPath("$.markCount").value(1));
        mark(column, student(0), "3", 0L, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.average").value(3.0));
    }

    @Test
    void a_mark_outside_the_scale_is_refused_naming_the_value() throws Exception {
        long column = firstColumn(lesson(today, 1, null));
        mark(column, student(0), "6", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.detail", containsString("не из шкалы")));
        mark(column, student(0), "з", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("5, 4, 3, 2")));
    }

    @Test
    void R7_a_mark_for_a_student_outside_the_group_is_refused() throws Exception {
        long column = firstColumn(lesson(today, 1, null));
        long stranger =
                journals.otherDepartmentJournal(college, 1).students().get(0).id();
        mark(column, stranger, "4", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("studentId"));
    }

    @Test
    void R7_a_subgroup_journal_takes_marks_only_for_its_own_students() throws Exception {
        JournalTestColleges.Journal sub = journals.subgroupJournal(college);
        MockHttpSession subTeacher = Logins.session(mvc, sub.teacher());
        String created = send(
                        post("/api/v1/journals/" + sub.id() + "/lessons"),
                        subTeacher,
                        "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\"Reading\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lessonId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String data = mvc.perform(get("/api/v1/journals/" + sub.id()).session(subTeacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long column = ((Number) JsonPath.read(data, "$.lessons[0].columns[0].id")).longValue();
        long outsider = college.students().stream()
                .map(s -> s.id())
                .filter(id -> sub.students().stream().noneMatch(s -> s.id() == id))
                .findFirst()
                .orElseThrow();
        assertThat(sub.students()).hasSizeLessThan(college.students().size());
        send(
                        put("/api/v1/journals/" + sub.id() + "/marks"),
                        subTeacher,
                        "{\"columnId\":" + column + ",\"studentId\":" + outsider + ",\"value\":\"5\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("нет в группе (подгруппе)")));
        send(
                        put("/api/v1/journals/" + sub.id() + "/marks"),
                        subTeacher,
                        "{\"columnId\":" + column + ",\"studentId\":"
                                + sub.students().get(0).id() + ",\"value\":\"5\"}")
                .andExpect(status().isOk());
        assertThat(lessonId).isPositive();
    }

    @Test
    void R5_a_change_after_the_lessons_day_needs_a_reason_which_is_kept() throws Exception {
        long column = firstColumn(lesson(today.minusDays(2), 2, "Журнал был недоступен"));
        mark(column, student(1), "4", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mark(column, student(1), "4", null, "Исправление по контрольной").andExpect(status().isOk());
        mvc.perform(get(api("/history"))
                        .session(teacher)
                        .param("kind", "MARK")
                        .param("subjectId", String.valueOf(column))
                        .param("studentId", String.valueOf(student(1))))
                .andExpect(jsonPath("$[0].newValue").value("4"))
                .andExpect(jsonPath("$[0].reason").value("Исправление по контрольной"))
                .andExpect(jsonPath("$[0].late").value(true));
    }

    @Test
    void marks_for_a_lesson_that_has_not_happened_are_refused() throws Exception {
        long column = firstColumn(lesson(today.plusDays(3), 1, null));
        mark(column, student(0), "5", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ещё не прошло")));
    }

    @Test
    void R1_every_change_of_a_mark_is_kept_with_its_old_and_new_value() throws Exception {
        long column = firstColumn(lesson(today, 3, null));
        mark(column, student(2), "3", null, null).andExpect(status().isOk());
        mark(column, student(2), "4", 0L, null).andExpect(status().isOk());
        mark(column, student(2), null, 1L, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value(""));
        mvc.perform(get(api("/history"))
                        .session(teacher)
                        .param("kind", "MARK")
                        .param("subjectId", String.valueOf(column))
                        .param("studentId", String.valueOf(student(2))))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].oldValue").value("4"))
                .andExpect(jsonPath("$[0].newValue").value(""))
                .andExpect(jsonPath("$[2].oldValue").value(""))
                .andExpect(jsonPath("$[2].newValue").value("3"))
                .andExpect(jsonPath("$[2].changedByName").value(initialsOf(college.teacher())));
    }

    @Test
    void a_later_save_with_a_stale_version_gets_a_conflict_with_the_current_value() throws Exception {
        long column = firstColumn(lesson(today, 4, null));
        mark(column, student(3), "5", null, null).andExpect(status().isOk());
        mark(column, student(3), "2", null, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.display").value("5"))
                .andExpect(jsonPath("$.current.version").value(0));
    }

    @Test
    void saving_the_value_a_cell_already_has_is_harmless_so_retries_are_safe() throws Exception {
        long column = firstColumn(lesson(today, 5, null));
        mark(column, student(4), "4", null, null).andExpect(status().isOk());
        mark(column, student(4), "4", null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void R3_attendance_records_absence_with_hours_and_lateness() throws Exception {
        long lessonId = lesson(today, 1, null);
        send(
                        put(api("/attendance")),
                        teacher,
                        "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(0) + ",\"kind\":\"ABSENT\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("н"));
        send(
                        put(api("/attendance")),
                        teacher,
                        "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(1)
                                + ",\"kind\":\"ABSENT\",\"hours\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("н1"));
        send(
                        put(api("/attendance")),
                        teacher,
                        "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(2) + ",\"kind\":\"LATE\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("оп"));
        send(
                        put(api("/attendance")),
                        teacher,
                        "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(3)
                                + ",\"kind\":\"ABSENT\",\"hours\":3}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        mvc.perform(get(api("")).session(teacher))
                .andExpect(jsonPath("$.attendance", hasSize(3)))
                .andExpect(jsonPath("$.students[?(@.id == " + student(0) + ")].hoursMissed")
                        .value(2));
    }

    @Test
    void a_lesson_without_a_topic_or_outside_the_term_is_refused_and_nothing_is_saved() throws Exception {
        send(post(api("/lessons")), teacher, "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topic"))
                .andExpect(jsonPath("$.detail").value("Поле «Тема занятия» не заполнено."));
        send(post(api("/lessons")), teacher, "{\"date\":\"2025-01-10\",\"hours\":2,\"topic\":\"Тема\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        send(post(api("/lessons")), teacher, "{\"date\":\"" + today.plusDays(20) + "\",\"hours\":2,\"topic\":\"Тема\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("вперёд")));
        mvc.perform(get(api("")).session(teacher)).andExpect(jsonPath("$.lessons", hasSize(0)));
    }

    @Test
    void R1_deleting_a_lesson_with_marks_needs_confirmation_and_keeps_the_history() throws Exception {
        long lessonId = lesson(today, 6, null);
        mark(firstColumn(lessonId), student(0), "5", null, null).andExpect(status().isOk());
        mvc.perform(delete(api("/lessons/" + lessonId)).session(teacher).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirm"));
        mvc.perform(delete(api("/lessons/" + lessonId))
                        .session(teacher)
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().isNoContent());
        mvc.perform(get(api("")).session(teacher)).andExpect(jsonPath("$.lessons", hasSize(0)));
        mvc.perform(get(api("/lessons/" + lessonId + "/history")).session(teacher))
                .andExpect(jsonPath("$[0].newValue").value("удалено"));
    }

    @Test
    void an_exempt_student_gets_no_marks_and_is_left_out_of_the_shares() throws Exception {
        long column = firstColumn(lesson(today, 7, null));
        send(put(api("/exemptions/" + student(5))), teacher, "{\"exempt\":true,\"reason\":\"Справка ЛФК\"}")
                .andExpect(status().isNoContent());
        mark(column, student(5), "5", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("освобождён")));
        mvc.perform(get(api("")).session(teacher))
                .andExpect(jsonPath("$.students[?(@.id == " + student(5) + ")].exempt")
                        .value(true));
    }

    @Test
    void a_practice_journal_is_kept_in_practice_days_of_several_hours_without_a_pair() throws Exception {
        JournalTestColleges.Journal practice = journals.practiceJournal(college);
        MockHttpSession master = Logins.session(mvc, practice.teacher());
        send(
                        post("/api/v1/journals/" + practice.id() + "/lessons"),
                        master,
                        "{\"date\":\"" + today + "\",\"hours\":6,\"topic\":\"Слесарная обработка заготовок\"}")
                .andExpect(status().isCreated());
        send(
                        post("/api/v1/journals/" + practice.id() + "/lessons"),
                        master,
                        "{\"date\":\"" + today + "\",\"hours\":13,\"topic\":\"Слишком длинный день\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        mvc.perform(get("/api/v1/journals/" + practice.id()).session(master))
                .andExpect(jsonPath("$.lessons[0].hours").value(6))
                .andExpect(jsonPath("$.lessons[0].periodNumber").doesNotExist());
    }

    private String initialsOf(Colleges.Member staff) {
        return people.staff(college.institutionId(), staff.id())
                .orElseThrow()
                .name()
                .initials();
    }
}
