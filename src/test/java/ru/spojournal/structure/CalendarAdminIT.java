package ru.spojournal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.CatalogCommands.DatesEdit;
import ru.spojournal.structure.CatalogCommands.PeriodEdit;
import ru.spojournal.structure.StructureCommands.NewInstitution;
import ru.spojournal.structure.StructureCommands.NewPeriod;
import ru.spojournal.structure.StructureCommands.NewTerm;
import ru.spojournal.structure.domain.AcademicYearRow;
import ru.spojournal.structure.domain.BellScheduleRow;
import ru.spojournal.structure.domain.CalendarAdmin;
import ru.spojournal.structure.domain.PeriodRow;
import ru.spojournal.structure.domain.TermRow;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R14: the administrator edits the dates of years and terms and the times of the пары. Years made
 * here lie in the 1990s, so that "the current term" and "the latest year" of other tests stay as they are.
 */
@IntegrationTest
class CalendarAdminIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    Colleges.College college;

    @Autowired
    CalendarAdmin calendar;

    @Autowired
    StructureAdmin admin;

    MockHttpSession session;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        session = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    @Test
    void each_page_renders_for_the_administrator() throws Exception {
        long year = year();
        long term = term(year);
        long period = calendar.bells(institution).get(0).periods().get(0).id();
        for (String path : List.of(
                "/admin/terms",
                "/admin/terms/" + term,
                "/admin/years/new",
                "/admin/years/" + year,
                "/admin/bells",
                "/admin/bells/periods/" + period)) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "curator", "deputy"})
    void teachers_curators_and_deputies_are_refused_the_pages_and_the_forms(String login) throws Exception {
        MockHttpSession other = Logins.session(mvc, college.member(login));
        PeriodRow period = calendar.bells(institution).get(0).periods().get(0);
        mvc.perform(get("/admin/terms").session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/bells").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/bells/periods/" + period.id())
                        .session(other)
                        .with(csrf())
                        .param("start", "07:00")
                        .param("end", "07:45"))
                .andExpect(status().isForbidden());
        assertThat(calendar.period(institution, period.id()).start()).isEqualTo(period.start());
    }

    @Test
    void a_year_is_created_and_a_terms_dates_are_edited() throws Exception {
        String name = AdminPages.unique("Г");
        mvc.perform(post("/admin/years/new")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("startDate", "1991-09-01")
                        .param("endDate", "1992-06-30"))
                .andExpect(redirectedUrl("/admin/terms"));
        AcademicYearRow year = calendar.years(institution).stream()
                .filter(y -> y.name().equals(name))
                .findFirst()
                .orElseThrow();
        long term = term(year.id());
        TermRow read = calendar.term(institution, term);
        mvc.perform(post("/admin/terms/" + term)
                        .session(session)
                        .with(csrf())
                        .param("name", "Осенний")
                        .param("startDate", "1991-09-02")
                        .param("endDate", "1991-12-29")
                        .param("version", String.valueOf(read.version())))
                .andExpect(redirectedUrl("/admin/terms"));
        TermRow edited = calendar.term(institution, term);
        assertThat(edited.name()).isEqualTo("Осенний");
        assertThat(edited.endDate()).isEqualTo(LocalDate.of(1991, 12, 29));
    }

    @Test
    void a_term_that_ends_before_it_starts_is_refused_naming_the_end_date_and_nothing_is_saved() throws Exception {
        long term = term(year());
        TermRow read = calendar.term(institution, term);
        mvc.perform(post("/admin/terms/" + term)
                        .session(session)
                        .with(csrf())
                        .param("name", read.name())
                        .param("startDate", "1991-12-01")
                        .param("endDate", "1991-11-01")
                        .param("version", String.valueOf(read.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Поле «Дата окончания»: семестр должен заканчиваться позже, чем начинается.")));
        assertThat(calendar.term(institution, term)).isEqualTo(read);
    }

    @Test
    void a_year_that_ends_before_it_starts_or_leaves_its_terms_outside_is_refused() throws Exception {
        long year = year();
        term(year);
        AcademicYearRow read = calendar.year(institution, year);
        mvc.perform(post("/admin/years/" + year)
                        .session(session)
                        .with(csrf())
                        .param("name", read.name())
                        .param("startDate", "1992-06-30")
                        .param("endDate", "1991-09-01")
                        .param("version", String.valueOf(read.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Поле «Дата окончания»: учебный год должен заканчиваться позже, чем начинается.")));
        mvc.perform(post("/admin/years/" + year)
                        .session(session)
                        .with(csrf())
                        .param("name", read.name())
                        .param("startDate", "1991-10-01")
                        .param("endDate", "1992-06-30")
                        .param("version", String.valueOf(read.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Поле «Дата начала»: семестры этого года выходят за новые даты.")));
        assertThat(calendar.year(institution, year)).isEqualTo(read);
    }

    @Test
    void a_stale_edit_of_a_term_gets_the_conflict_message() throws Exception {
        long term = term(year());
        TermRow read = calendar.term(institution, term);
        calendar.editTerm(institution, term, new DatesEdit("Первый", read.startDate(), read.endDate(), read.version()));
        mvc.perform(post("/admin/terms/" + term)
                        .session(session)
                        .with(csrf())
                        .param("name", "Второй")
                        .param("startDate", read.startDate().toString())
                        .param("endDate", read.endDate().toString())
                        .param("version", String.valueOf(read.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
        assertThat(calendar.term(institution, term).name()).isEqualTo("Первый");
    }

    @Test
    void a_period_is_retimed_and_a_period_that_ends_before_it_starts_is_refused() throws Exception {
        PeriodRow period = calendar.bells(institution).get(0).periods().get(0);
        try {
            mvc.perform(post("/admin/bells/periods/" + period.id())
                            .session(session)
                            .with(csrf())
                            .param("start", "09:00")
                            .param("end", "08:15")
                            .param("version", String.valueOf(period.version())))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString("Поле «Конец»: пара № " + period.number()
                                    + " должна заканчиваться позже, чем начинается.")));
            assertThat(calendar.period(institution, period.id())).isEqualTo(period);
            mvc.perform(post("/admin/bells/periods/" + period.id())
                            .session(session)
                            .with(csrf())
                            .param("start", "08:05")
                            .param("end", "09:35")
                            .param("version", String.valueOf(period.version())))
                    .andExpect(redirectedUrl("/admin/bells"));
            assertThat(calendar.period(institution, period.id()).start()).isEqualTo(LocalTime.of(8, 5));
            mvc.perform(get("/admin/bells").session(session))
                    .andExpect(content().string(containsString(">08:05<")))
                    .andExpect(content().string(containsString("Изменить время пары № " + period.number())));
            mvc.perform(post("/admin/bells/periods/" + period.id())
                            .session(session)
                            .with(csrf())
                            .param("start", "08:10")
                            .param("end", "09:40")
                            .param("version", String.valueOf(period.version())))
                    .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
        } finally {
            PeriodRow now = calendar.period(institution, period.id());
            calendar.editPeriod(
                    institution,
                    period.id(),
                    new PeriodEdit(null, null, null, period.start(), period.end(), now.version()));
        }
    }

    @Test
    void a_new_period_with_bad_times_or_a_taken_number_is_refused_and_nothing_is_saved() throws Exception {
        BellScheduleRow schedule = calendar.bells(institution).get(0);
        PeriodRow taken = schedule.periods().get(0);
        mvc.perform(post("/admin/bells")
                        .session(session)
                        .with(csrf())
                        .param("bellScheduleId", String.valueOf(schedule.id()))
                        .param("dayOfWeek", "7")
                        .param("number", "9")
                        .param("start", "20:00")
                        .param("end", "19:00"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Поле «Конец»: пара № 9 должна заканчиваться позже, чем начинается.")));
        mvc.perform(post("/admin/bells")
                        .session(session)
                        .with(csrf())
                        .param("bellScheduleId", String.valueOf(schedule.id()))
                        .param("dayOfWeek", taken.dayOfWeek() == null ? "" : String.valueOf(taken.dayOfWeek()))
                        .param("number", String.valueOf(taken.number()))
                        .param("start", "20:00")
                        .param("end", "21:00"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Поле «Номер пары»: пара № " + taken.number() + " в этот день уже есть.")));
        assertThat(calendar.bells(institution).get(0).periods()).hasSameSizeAs(schedule.periods());
    }

    @Test
    void a_saturday_period_is_added_in_a_college_of_its_own() {
        long other = admin.createInstitution(new NewInstitution(
                "bells-" + System.nanoTime() % 1_000_000,
                "Техникум звонков",
                "ТЗ",
                ZoneId.of("Asia/Novokuznetsk"),
                false));
        long schedule = admin.createBellSchedule(
                other, "Основной", List.of(new NewPeriod(null, 1, LocalTime.of(8, 30), LocalTime.of(10, 0))));
        calendar.addPeriod(other, new PeriodEdit(schedule, 6, 1, LocalTime.of(8, 0), LocalTime.of(9, 0), null));
        assertThat(calendar.bells(other).get(0).periods())
                .extracting(PeriodRow::dayOfWeek)
                .containsExactly(null, 6);
        assertThatThrownBy(() -> calendar.addPeriod(
                        other, new PeriodEdit(schedule, 6, 1, LocalTime.of(9, 0), LocalTime.of(10, 0), null)))
                .isInstanceOf(FieldRejectedException.class);
    }

    private long year() {
        return calendar.createYear(
                institution,
                new DatesEdit(AdminPages.unique("Г"), LocalDate.of(1991, 9, 1), LocalDate.of(1992, 6, 30), null));
    }

    private long term(long year) {
        return admin.createTerm(
                institution, new NewTerm(year, 1, "1 семестр", LocalDate.of(1991, 9, 1), LocalDate.of(1991, 12, 28)));
    }
}
