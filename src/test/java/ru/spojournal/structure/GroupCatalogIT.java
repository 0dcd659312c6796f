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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.domain.GroupAdminRow;
import ru.spojournal.structure.domain.GroupCatalog;
import ru.spojournal.structure.domain.SubgroupRow;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14, R7: the administrator edits groups and curators, and keeps each group's subgroups and their members. */
@IntegrationTest
class GroupCatalogIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    Colleges.College college;

    @Autowired
    GroupCatalog catalog;

    @Autowired
    StructureAdmin admin;

    @Autowired
    CollegeStructure structure;

    @Autowired
    StaffChoices people;

    @Autowired
    PeopleAdmin peopleAdmin;

    @Autowired
    EntityManagerFactory emf;

    MockHttpSession session;
    long institution;
    GroupView template;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        session = Logins.session(mvc, college.admin());
        institution = college.institutionId();
        template = structure.groups(institution).get(0);
    }

    @Test
    void each_page_renders_for_the_administrator() throws Exception {
        long group = group(AdminPages.unique("ГР"));
        long subgroup = catalog.createSubgroup(institution, group, "1 подгруппа");
        for (String path : List.of(
                "/admin/groups",
                "/admin/groups/new",
                "/admin/groups/" + group,
                "/admin/groups/" + group + "/subgroups",
                "/admin/groups/" + group + "/subgroups/" + subgroup)) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "curator", "deputy"})
    void teachers_curators_and_deputies_are_refused_the_pages_and_the_forms(String login) throws Exception {
        MockHttpSession other = Logins.session(mvc, college.member(login));
        long group = group(AdminPages.unique("ОТК"));
        long subgroup = catalog.createSubgroup(institution, group, "1 подгруппа");
        mvc.perform(get("/admin/groups").session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/groups/" + group + "/subgroups").session(other)).andExpect(status().isForbidden());
        mvc.perform(edit(group, "Чужая", catalog.group(institution, group).version())
                        .session(other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/groups/" + group + "/subgroups/" + subgroup + "/archive")
                        .session(other)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/groups/" + group + "/archive").session(other).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(catalog.group(institution, group).archived()).isFalse();
        assertThat(catalog.subgroups(institution, group, false)).hasSize(1);
    }

    @Test
    void a_group_gets_a_curator_and_new_details_then_is_archived_and_restored() throws Exception {
        String name = AdminPages.unique("ЭДИТ");
        long group = group(name);
        StaffChoices.Choice curator = people.staff(institution).get(1);
        GroupAdminRow before = catalog.group(institution, group);
        mvc.perform(edit(group, name + "-2", before.version(), "2")
                        .param("curatorStaffId", String.valueOf(curator.id()))
                        .session(session))
                .andExpect(redirectedUrl("/admin/groups"));
        GroupAdminRow after = catalog.group(institution, group);
        assertThat(after.name()).isEqualTo(name + "-2");
        assertThat(after.course()).isEqualTo(2);
        assertThat(structure.group(institution, group).orElseThrow().curatorStaffId())
                .isEqualTo(curator.id());
        mvc.perform(get("/admin/groups").param("q", name).session(session))
                .andExpect(content()
                        .string(containsString(
                                people.staffNames(List.of(curator.id())).get(curator.id()))));

        mvc.perform(post("/admin/groups/" + group + "/archive").session(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/groups"));
        assertThat(structure.group(institution, group)).isEmpty();
        mvc.perform(get("/admin/groups").param("q", name).session(session))
                .andExpect(content().string(containsString("Найдено: 0")));
        mvc.perform(get("/admin/groups")
                        .param("q", name)
                        .param("archived", "true")
                        .session(session))
                .andExpect(content().string(containsString("Найдено: 1")));
        mvc.perform(post("/admin/groups/" + group + "/archive")
                .param("archived", "false")
                .session(session)
                .with(csrf()));
        assertThat(structure.group(institution, group)).isPresent();
    }

    @Test
    void a_group_with_an_empty_name_is_refused_naming_the_field_and_nothing_changes() throws Exception {
        String name = AdminPages.unique("ПУСТ");
        long group = group(name);
        mvc.perform(edit(group, " ", catalog.group(institution, group).version())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Группа» не заполнено.")));
        assertThat(catalog.group(institution, group).name()).isEqualTo(name);
    }

    @Test
    void a_stale_edit_of_a_group_gets_the_conflict_message_and_changes_nothing() throws Exception {
        String name = AdminPages.unique("СТАР");
        long group = group(name);
        long read = catalog.group(institution, group).version();
        mvc.perform(edit(group, name + "-новое", read).session(session)).andExpect(redirectedUrl("/admin/groups"));
        mvc.perform(edit(group, name + "-старое", read).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь.")));
        assertThat(catalog.group(institution, group).name()).isEqualTo(name + "-новое");
    }

    @Test
    void subgroups_are_created_renamed_archived_and_a_taken_name_is_refused() throws Exception {
        long group = group(AdminPages.unique("ПОД"));
        String base = "/admin/groups/" + group + "/subgroups";
        mvc.perform(post(base).param("name", "Английский А").session(session).with(csrf()))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base).param("name", "английский а").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Поле «Название подгруппы»: подгруппа «английский а» в группе уже есть.")));
        SubgroupRow created = catalog.subgroups(institution, group, false).get(0);
        mvc.perform(post(base + "/" + created.id())
                        .param("name", "Английский Б")
                        .param("version", String.valueOf(created.version()))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(structure.subgroups(group)).extracting(SubgroupView::name).containsExactly("Английский Б");
        mvc.perform(
                post(base + "/" + created.id() + "/archive").session(session).with(csrf()));
        assertThat(structure.subgroups(group)).isEmpty();
        assertThat(structure.subgroupsByIds(List.of(created.id()))).hasSize(1);
    }

    @Test
    void students_are_placed_in_subgroups_and_moved_from_one_to_the_other() throws Exception {
        long group = group(AdminPages.unique("СОСТ"));
        long first = catalog.createSubgroup(institution, group, "1 подгруппа");
        long second = catalog.createSubgroup(institution, group, "2 подгруппа");
        long anna = student(group, "Аннина");
        long boris = student(group, "Борисов");
        String members = "/admin/groups/" + group + "/subgroups/members";
        mvc.perform(post(members)
                        .param("m", first + ":" + anna, second + ":" + boris)
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/groups/" + group + "/subgroups"));
        assertThat(structure.subgroupStudentIds(first)).containsExactly(anna);
        assertThat(structure.subgroupStudentIds(second)).containsExactly(boris);

        mvc.perform(post(members)
                .param("m", second + ":" + anna, second + ":" + boris)
                .session(session)
                .with(csrf()));
        assertThat(structure.subgroupStudentIds(first)).isEmpty();
        assertThat(structure.subgroupStudentIds(second)).containsExactlyInAnyOrder(anna, boris);
        mvc.perform(get("/admin/groups/" + group + "/subgroups").session(session))
                .andExpect(
                        content().string(containsString("Аннина Иван Иванович — 2 подгруппа\" checked=\"checked\"")));
    }

    @Test
    void a_student_of_another_group_is_not_placed_and_nothing_changes() throws Exception {
        long group = group(AdminPages.unique("ЧУЖ"));
        long subgroup = catalog.createSubgroup(institution, group, "1 подгруппа");
        long own = student(group, "Своев");
        long stranger = student(group(AdminPages.unique("ДРУГ")), "Чужов");
        mvc.perform(post("/admin/groups/" + group + "/subgroups/members")
                .param("m", subgroup + ":" + own)
                .session(session)
                .with(csrf()));
        mvc.perform(post("/admin/groups/" + group + "/subgroups/members")
                        .param("m", subgroup + ":" + stranger)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Состав подгрупп не сохранён")));
        assertThat(structure.subgroupStudentIds(subgroup)).containsExactly(own);
    }

    @Test
    void the_group_list_reads_as_many_statements_for_seven_curated_groups_as_for_one() throws Exception {
        String prefix = AdminPages.unique("СЧЁТ");
        var staff = people.staff(institution);
        admin.assignCurator(institution, group(prefix + "-0"), staff.get(0).id());
        String path = "/admin/groups?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8);
        long one = AdminPages.statements(mvc, emf, session, path);
        for (int i = 1; i <= 6; i++) {
            admin.assignCurator(
                    institution,
                    group(prefix + "-" + i),
                    staff.get(i % staff.size()).id());
        }
        assertThat(AdminPages.statements(mvc, emf, session, path)).isEqualTo(one);
    }

    private MockHttpServletRequestBuilder edit(long group, String name, long version) {
        return edit(group, name, version, "1");
    }

    private MockHttpServletRequestBuilder edit(long group, String name, long version, String course) {
        return post("/admin/groups/" + group)
                .with(csrf())
                .param("name", name)
                .param("specialtyId", String.valueOf(template.specialtyId()))
                .param("departmentId", String.valueOf(template.departmentId()))
                .param("course", course)
                .param("admissionYear", "2026")
                .param("version", String.valueOf(version));
    }

    private long group(String name) {
        return admin.createGroup(
                institution,
                new NewGroup(
                        name.length() > 50 ? name.substring(0, 50) : name,
                        template.specialtyId(),
                        template.departmentId(),
                        1,
                        2026,
                        null));
    }

    private long student(long group, String lastName) {
        return peopleAdmin.createStudent(
                institution,
                new NewPerson(new PersonName(lastName, "Иван", "Иванович"), Sex.M, null, null, null),
                group,
                null,
                null);
    }
}
