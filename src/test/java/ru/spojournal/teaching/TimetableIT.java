package ru.spojournal.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalFixtures;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** The timetable: no clashes, substitutions change who teaches, a substitute records on that day only. */
@IntegrationTest
class TimetableIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JournalFixtures fixtures;

    @Autowired
    TimetableAdmin admin;

    @Autowired
    Timetable timetable;

    @Test
    void a_group_and_a_teacher_are_never_in_two_places_at_once() {
        JournalFixtures.Journal first = fixtures.journal("ОМД-26-1");
        JournalFixtures.Journal second = fixtures.journal("ОМД-26-1");
        long inst = fixtures.institution();
        admin.addSlot(inst, first.id(), 7, 8, WeekParity.ALL, "101");
        assertThatThrownBy(() -> admin.addSlot(inst, second.id(), 7, 8, WeekParity.ODD, "102"))
                .isInstanceOf(FieldRejectedException.class)
                .hasMessageContaining("slot.group.busy");
        admin.removeSlot(inst, timetable.slotsOf(List.of(first.id())).get(0).id());
        admin.addSlot(inst, second.id(), 7, 8, WeekParity.ODD, "102");
    }

    @Test
    void two_subgroups_may_share_a_slot_with_their_two_teachers() {
        JournalFixtures.Journal sub = fixtures.journal("ИСП-25-1", true);
        long inst = fixtures.institution();
        long id = admin.addSlot(inst, sub.id(), 7, 7, WeekParity.EVEN, "301");
        assertThat(id).isPositive();
    }

    @Test
    void a_replacement_moves_the_lesson_to_the_substitute_who_may_record_it_on_that_day_only() throws Exception {
        JournalFixtures.Journal journal = fixtures.journal("МЧМ-25-1");
        JournalFixtures.Teacher substitute = fixtures.teacher();
        long inst = fixtures.institution();
        LocalDate today = fixtures.today();
        admin.addSlot(inst, journal.id(), today.getDayOfWeek().getValue(), 6, WeekParity.ALL, "205");
        admin.substitute(inst, today, 6, SubstitutionKind.REPLACE, journal.id(), substitute.staffId(), null, "Болезнь");

        assertThat(timetable.forTeacher(inst, substitute.staffId(), today, today))
                .anySatisfy(e -> {
                    assertThat(e.assignmentId()).isEqualTo(journal.id());
                    assertThat(e.kind()).isEqualTo(TimetableEntry.EntryKind.REPLACED);
                    assertThat(e.room()).isEqualTo("205");
                });
        assertThat(timetable.forTeacher(inst, journal.teacher().staffId(), today, today))
                .noneMatch(e -> e.periodNumber() == 6);

        MockHttpSession session = Logins.session(mvc, substitute.login(), JournalFixtures.PASSWORD);
        int today201 = mvc.perform(post("/api/v1/journals/" + journal.id() + "/lessons")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + today + "\",\"periodNumber\":6,\"hours\":2,\"topic\":\"Замена\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        int otherDay = mvc.perform(post("/api/v1/journals/" + journal.id() + "/lessons")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + today.minusDays(1) + "\",\"hours\":2,\"topic\":\"Не мой день\","
                                + "\"reason\":\"x\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(today201).isEqualTo(201);
        assertThat(otherDay).isEqualTo(400);
    }

    @Test
    void a_cancelled_lesson_stays_in_the_day_marked_cancelled() {
        JournalFixtures.Journal journal = fixtures.journal("ОМД-24-1");
        long inst = fixtures.institution();
        LocalDate today = fixtures.today();
        admin.addSlot(inst, journal.id(), today.getDayOfWeek().getValue(), 7, WeekParity.ALL, null);
        admin.substitute(inst, today, 7, SubstitutionKind.CANCEL, journal.id(), null, null, null);
        assertThat(timetable.forTeacher(inst, journal.teacher().staffId(), today, today))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(TimetableEntry.EntryKind.CANCELLED));
    }

    @Test
    void R14_only_the_administrator_edits_the_timetable() throws Exception {
        JournalFixtures.Journal journal = fixtures.journal("ОМД-26-1");
        for (String login : List.of("teacher", "deputy", "student")) {
            MockHttpSession session = Logins.session(mvc, login);
            assertThat(mvc.perform(get("/admin/timetable").session(session))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/admin/timetable/group/"
                                            + journal.group().id() + "/slots")
                                    .session(session)
                                    .with(csrf())
                                    .param("assignmentId", String.valueOf(journal.id()))
                                    .param("dayOfWeek", "1")
                                    .param("periodNumber", "5"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        MockHttpSession admin = Logins.session(mvc, "admin");
        assertThat(mvc.perform(get("/admin/timetable/group/" + journal.group().id())
                                .session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Расписание группы ОМД-26-1");
    }

    @Autowired
    TeachingLoad load;

    @Autowired
    ru.spojournal.structure.AcademicCalendar calendar;

    @Test
    void the_demo_college_has_a_timetable_and_the_teacher_sees_todays_lessons() throws Exception {
        long inst = fixtures.institution();
        long term = calendar.termAt(inst, fixtures.today()).orElseThrow().id();
        assertThat(timetable.forAssignments(
                        inst, load.ofInstitution(inst, term), fixtures.today().minusDays(6), fixtures.today()))
                .hasSizeGreaterThan(50);
        MockHttpSession teacher = Logins.session(mvc, "teacher");
        String html = mvc.perform(get("/teacher").session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Мои занятия сегодня").contains("id=\"lessons-today\"");
    }
}
