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
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** The timetable: no clashes, substitutions change who teaches, a substitute records on that day only. */
@IntegrationTest
class TimetableIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    TeachingFixtures teachingFixtures;

    @Autowired
    ru.spojournal.structure.CollegeStructure structure;

    @Autowired
    TimetableAdmin admin;

    @Autowired
    Timetable timetable;

    @Test
    void a_group_and_a_teacher_are_never_in_two_places_at_once() {
        College college = colleges.create(1);
        long first = college.journalId();
        TeachingFixtures.Journal second = teachingFixtures.journal(college, null);
        long inst = college.institutionId();
        admin.addSlot(inst, first, 7, 8, WeekParity.ALL, "101");
        assertThatThrownBy(() -> admin.addSlot(inst, second.id(), 7, 8, WeekParity.ODD, "102"))
                .isInstanceOf(FieldRejectedException.class)
                .hasMessageContaining("slot.group.busy");
        admin.removeSlot(inst, timetable.slotsOf(List.of(first)).get(0).id());
        admin.addSlot(inst, second.id(), 7, 8, WeekParity.ODD, "102");
    }

    @Test
    void two_subgroups_may_share_a_slot_with_their_two_teachers() {
        College college = colleges.create(1);
        long inst = college.institutionId();
        TeachingFixtures.Journal first =
                teachingFixtures.journal(college, teachingFixtures.subgroup(college, "1 подгруппа"));
        TeachingFixtures.Journal second =
                teachingFixtures.journal(college, teachingFixtures.subgroup(college, "2 подгруппа"));
        long id = admin.addSlot(inst, first.id(), 7, 7, WeekParity.EVEN, "301");
        assertThat(id).isPositive();
        assertThat(admin.addSlot(inst, second.id(), 7, 7, WeekParity.EVEN, "302"))
                .isPositive();
    }

    @Test
    void a_replacement_moves_the_lesson_to_the_substitute_who_may_record_it_on_that_day_only() throws Exception {
        College college = colleges.create(1);
        long journal = college.journalId();
        Member substitute = teachingFixtures.teacher(college);
        long inst = college.institutionId();
        LocalDate today = college.today();
        admin.addSlot(inst, journal, today.getDayOfWeek().getValue(), 6, WeekParity.ALL, "205");
        admin.substitute(inst, today, 6, SubstitutionKind.REPLACE, journal, substitute.id(), null, "Болезнь");

        assertThat(timetable.forTeacher(inst, substitute.id(), today, today)).anySatisfy(e -> {
            assertThat(e.assignmentId()).isEqualTo(journal);
            assertThat(e.kind()).isEqualTo(TimetableEntry.EntryKind.REPLACED);
            assertThat(e.room()).isEqualTo("205");
        });
        assertThat(timetable.forTeacher(inst, college.teacher().id(), today, today))
                .noneMatch(e -> e.periodNumber() == 6);

        MockHttpSession session = Logins.session(mvc, substitute);
        int today201 = mvc.perform(post("/api/v1/journals/" + journal + "/lessons")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + today + "\",\"periodNumber\":6,\"hours\":2,\"topic\":\"Замена\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        int otherDay = mvc.perform(post("/api/v1/journals/" + journal + "/lessons")
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
        College college = colleges.create(1);
        long inst = college.institutionId();
        LocalDate today = college.today();
        admin.addSlot(inst, college.journalId(), today.getDayOfWeek().getValue(), 7, WeekParity.ALL, null);
        admin.substitute(inst, today, 7, SubstitutionKind.CANCEL, college.journalId(), null, null, null);
        assertThat(timetable.forTeacher(inst, college.teacher().id(), today, today))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(TimetableEntry.EntryKind.CANCELLED));
    }

    @Test
    void R14_only_the_administrator_edits_the_timetable() throws Exception {
        College college = colleges.create(1);
        for (Member member :
                List.of(college.teacher(), college.deputy(), college.students().get(0))) {
            MockHttpSession session = Logins.session(mvc, member);
            assertThat(mvc.perform(get("/admin/timetable").session(session))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/admin/timetable/group/" + college.groupId() + "/slots")
                                    .session(session)
                                    .with(csrf())
                                    .param("assignmentId", String.valueOf(college.journalId()))
                                    .param("dayOfWeek", "1")
                                    .param("periodNumber", "5"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(timetable.slotsOf(List.of(college.journalId()))).isEmpty();
        MockHttpSession admin = Logins.session(mvc, college.admin());
        String group = structure.groupsByIds(List.of(college.groupId())).get(0).name();
        assertThat(mvc.perform(get("/admin/timetable/group/" + college.groupId())
                                .session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Расписание группы " + group);
    }

    @Autowired
    TeachingLoad load;

    @Autowired
    ru.spojournal.structure.AcademicCalendar calendar;

    @Test
    void the_teacher_sees_todays_lessons_from_the_timetable() throws Exception {
        College college = colleges.create(1);
        long inst = college.institutionId();
        admin.addSlot(inst, college.journalId(), college.today().getDayOfWeek().getValue(), 2, WeekParity.ALL, "110");
        assertThat(timetable.forAssignments(
                        inst,
                        load.ofInstitution(inst, college.termId()),
                        college.today().minusDays(6),
                        college.today()))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(college.today()));
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        String html = mvc.perform(get("/teacher").session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Мои занятия сегодня").contains("id=\"lessons-today\"");
    }
}
