package ru.spojournal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.journal.NamedOption;
import ru.spojournal.journal.domain.JournalSettingsAdmin;
import ru.spojournal.journal.domain.SettingsEdit;
import ru.spojournal.journal.domain.SettingsEntry;
import ru.spojournal.journal.domain.SettingsList;
import ru.spojournal.structure.domain.CollegeSettings;
import ru.spojournal.structure.domain.CollegeSettings.InstitutionEdit;
import ru.spojournal.structure.domain.InstitutionRow;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R14: the administrator sets the institution's name and time zone and keeps the journal's lists;
 * entries are archived, never deleted (R1). Entries made here are archived again at the end.
 */
@IntegrationTest
class InstitutionSettingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    Colleges.College college;

    @Autowired
    CollegeSettings settings;

    @Autowired
    JournalSettingsAdmin lists;

    @Autowired
    JournalSettings journal;

    MockHttpSession session;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        session = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/settings",
                "/admin/settings/work-types",
                "/admin/settings/lesson-types",
                "/admin/settings/absence-reasons"
            })
    void each_page_renders_for_the_administrator(String path) throws Exception {
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
    }

    @Test
    void an_entry_page_renders_and_an_unknown_list_is_not_found() throws Exception {
        SettingsEntry first =
                lists.entries(institution, SettingsList.WORK_TYPES, false).get(0);
        mvc.perform(get("/admin/settings/work-types/" + first.id()).session(session))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/settings/colours").session(session)).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "curator", "deputy"})
    void teachers_curators_and_deputies_are_refused_the_pages_and_the_forms(String login) throws Exception {
        MockHttpSession other = Logins.session(mvc, college.member(login));
        String name = AdminPages.unique("Чужой вид");
        mvc.perform(get("/admin/settings").session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings/work-types").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/settings")
                        .session(other)
                        .with(csrf())
                        .param("name", "Чужой")
                        .param("shortName", "Ч")
                        .param("timeZone", "Europe/Moscow"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/settings/work-types")
                        .session(other)
                        .with(csrf())
                        .param("name", name)
                        .param("weight", "1"))
                .andExpect(status().isForbidden());
        assertThat(lists.entries(institution, SettingsList.WORK_TYPES, true))
                .extracting(SettingsEntry::name)
                .doesNotContain(name);
        assertThat(settings.settings(institution).timeZone()).isNotEqualTo("Europe/Moscow");
    }

    @Test
    void a_bad_time_zone_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        InstitutionRow before = settings.settings(institution);
        mvc.perform(post("/admin/settings")
                        .session(session)
                        .with(csrf())
                        .param("name", before.name() + " (ошибка)")
                        .param("shortName", before.shortName())
                        .param("timeZone", "Asia/Новокузнецк")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Поле «Часовой пояс»: «Asia/Новокузнецк» — не часовой пояс.")));
        assertThat(settings.settings(institution)).isEqualTo(before);
    }

    @Test
    void the_institution_is_renamed_and_a_stale_form_gets_the_conflict_message() throws Exception {
        InstitutionRow before = settings.settings(institution);
        try {
            mvc.perform(post("/admin/settings")
                            .session(session)
                            .with(csrf())
                            .param("name", before.name())
                            .param("shortName", "Новое имя")
                            .param("timeZone", before.timeZone())
                            .param("version", String.valueOf(before.version())))
                    .andExpect(redirectedUrl("/admin/settings"));
            assertThat(settings.settings(institution).shortName()).isEqualTo("Новое имя");
            mvc.perform(post("/admin/settings")
                            .session(session)
                            .with(csrf())
                            .param("name", before.name())
                            .param("shortName", "Устаревшее")
                            .param("timeZone", before.timeZone())
                            .param("version", String.valueOf(before.version())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
            assertThat(settings.settings(institution).shortName()).isEqualTo("Новое имя");
        } finally {
            settings.edit(institution, new InstitutionEdit(before.name(), before.shortName(), before.timeZone(), null));
        }
    }

    @Test
    void a_kind_of_work_is_added_reweighted_and_archived_and_stays_readable() throws Exception {
        String name = AdminPages.unique("Зачётный диктант");
        mvc.perform(post("/admin/settings/work-types")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("weight", "1,5"))
                .andExpect(redirectedUrl("/admin/settings/work-types"));
        SettingsEntry added = find(SettingsList.WORK_TYPES, name);
        assertThat(added.weight()).isEqualByComparingTo("1.5");
        mvc.perform(post("/admin/settings/work-types/" + added.id())
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("weight", "2.25")
                        .param("version", String.valueOf(added.version())))
                .andExpect(redirectedUrl("/admin/settings/work-types"));
        assertThat(lists.entry(institution, SettingsList.WORK_TYPES, added.id()).weight())
                .isEqualByComparingTo("2.25");

        mvc.perform(post("/admin/settings/work-types/" + added.id() + "/archive")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/settings/work-types"));
        assertThat(lists.entries(institution, SettingsList.WORK_TYPES, false))
                .extracting(SettingsEntry::id)
                .doesNotContain(added.id());
        assertThat(journal.workTypes(institution)).anySatisfy(w -> {
            assertThat(w.id()).isEqualTo(added.id());
            assertThat(w.archived()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10.5"})
    void a_weight_outside_zero_to_ten_is_refused_naming_the_field_and_nothing_is_saved(String weight) throws Exception {
        String name = AdminPages.unique("Невесомая работа");
        mvc.perform(post("/admin/settings/work-types")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("weight", weight))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Вес»: вес — число больше 0 и не больше 10.")));
        assertThat(lists.entries(institution, SettingsList.WORK_TYPES, true))
                .extracting(SettingsEntry::name)
                .doesNotContain(name);
    }

    @Test
    void an_empty_or_taken_name_is_refused_naming_the_field() throws Exception {
        SettingsEntry existing =
                lists.entries(institution, SettingsList.LESSON_TYPES, false).get(0);
        mvc.perform(post("/admin/settings/lesson-types")
                        .session(session)
                        .with(csrf())
                        .param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Название» не заполнено.")));
        mvc.perform(post("/admin/settings/lesson-types")
                        .session(session)
                        .with(csrf())
                        .param("name", existing.name()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Поле «Название»: запись «" + existing.name() + "» в списке уже есть.")));
    }

    @Test
    void an_archived_lesson_type_is_no_longer_offered_but_still_names_old_lessons() throws Exception {
        String name = AdminPages.unique("Деловая игра");
        long id = lists.add(institution, SettingsList.LESSON_TYPES, new SettingsEdit(name, null, false, false, null));
        assertThat(journal.activeLessonTypes(institution))
                .extracting(NamedOption::id)
                .contains(id);
        mvc.perform(post("/admin/settings/lesson-types/" + id + "/archive")
                .session(session)
                .with(csrf()));
        assertThat(journal.activeLessonTypes(institution))
                .extracting(NamedOption::id)
                .doesNotContain(id);
        assertThat(journal.lessonTypes(institution)).extracting(NamedOption::id).contains(id);
    }

    @Test
    void a_reason_of_absence_is_added_as_excused_renamed_and_a_stale_edit_is_refused() throws Exception {
        String name = AdminPages.unique("Соревнования");
        mvc.perform(post("/admin/settings/absence-reasons")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("excused", "true"))
                .andExpect(redirectedUrl("/admin/settings/absence-reasons"));
        SettingsEntry added = find(SettingsList.ABSENCE_REASONS, name);
        try {
            assertThat(added.excused()).isTrue();
            lists.edit(
                    institution,
                    SettingsList.ABSENCE_REASONS,
                    added.id(),
                    new SettingsEdit(name + " (спорт)", null, false, true, added.version()));
            mvc.perform(post("/admin/settings/absence-reasons/" + added.id())
                            .session(session)
                            .with(csrf())
                            .param("name", name + " (старое)")
                            .param("version", String.valueOf(added.version())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
            assertThat(lists.entry(institution, SettingsList.ABSENCE_REASONS, added.id())
                            .name())
                    .isEqualTo(name + " (спорт)");
        } finally {
            lists.archive(institution, SettingsList.ABSENCE_REASONS, added.id(), true);
        }
    }

    private SettingsEntry find(SettingsList list, String name) {
        return lists.entries(institution, list, true).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
