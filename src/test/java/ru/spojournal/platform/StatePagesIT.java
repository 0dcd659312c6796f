package ru.spojournal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.domain.AssignmentRecords;

/**
 * No page fails, whatever state a person, a group or an assignment is in: after an assignment and a
 * group are archived, a teacher is dismissed, a student expelled and another graduated, every role's
 * home and every page of its menu opens (and the journals concerned still open for their readers).
 */
@IntegrationTest
class StatePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ru.spojournal.journal.JournalTestColleges journals;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    List<MenuContributor> menus;

    @Autowired
    AssignmentRecords assignments;

    @Autowired
    StaffRecords staff;

    @Autowired
    StudentRoll students;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AccountAdmin accounts;

    @Test
    void every_roles_home_and_menu_pages_open_after_archiving_dismissing_expelling_and_graduating() throws Exception {
        // The first college loses a journal, a teacher and two of its three students; the second its group.
        College first = colleges.create(3);
        College second = colleges.create(1);
        journals.lessonWithMarks(mvc, first);
        journals.lessonWithMarks(mvc, second);
        MockHttpSession admin = Logins.session(mvc, first.admin());
        Member parentTeacher =
                teacherWhoIsAParentOf(first, first.students().get(0).id());

        send(
                admin,
                "/admin/assignments/" + first.journalId() + "/archive",
                "version",
                assignments.row(first.institutionId(), first.journalId()).version());
        move(admin, first, first.students().get(0).id(), "EXPULSION");
        move(admin, first, first.students().get(1).id(), "GRADUATION");
        send(Logins.session(mvc, second.admin()), "/admin/groups/" + second.groupId() + "/archive", null, 0);
        long dismissed = fixtures.staff(
                        first, new PersonName("Уволенова", "Нина", "Петровна"), "Преподаватель", Role.TEACHER)
                .id();
        send(
                admin,
                "/admin/staff/" + dismissed + "/archive",
                "version",
                staff.card(first.institutionId(), dismissed).version());
        send(
                admin,
                "/admin/staff/" + parentTeacher.id() + "/archive",
                "version",
                staff.card(first.institutionId(), parentTeacher.id()).version());

        List<String> visited = new ArrayList<>();
        for (Member member : List.of(
                first.teacher(),
                second.teacher(),
                first.curator(),
                second.curator(),
                first.students().get(0),
                first.students().get(1),
                first.parents().get(0),
                first.parents().get(1),
                second.students().get(0),
                second.parents().get(0),
                parentTeacher)) {
            visited.addAll(visitAll(Logins.session(mvc, member)));
        }
        // Those whom nothing happened to, in both colleges.
        for (Member member : List.of(
                first.admin(),
                first.director(),
                first.deputy(),
                first.head(),
                first.students().get(2),
                first.parents().get(2),
                second.admin(),
                second.deputy(),
                second.head())) {
            visited.addAll(visitAll(Logins.session(mvc, member)));
        }
        opens(Logins.session(mvc, first.deputy()), "/journal/" + first.journalId());
        opens(Logins.session(mvc, second.deputy()), "/journal/" + second.journalId());
        opens(Logins.session(mvc, first.teacher()), "/journal/" + first.journalId());
        opens(Logins.session(mvc, second.deputy()), "/journal/group/" + second.groupId());
        opens(admin, "/admin/students/" + first.students().get(0).id());
        opens(admin, "/admin/staff/" + dismissed);
        assertThat(visited).hasSizeGreaterThan(40);
    }

    private List<String> visitAll(MockHttpSession session) throws Exception {
        CurrentUser user = Logins.user(mvc, session);
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        user.roles().forEach(r -> paths.add(r.homePath()));
        menus.forEach(m -> m.menuFor(user).stream().map(MenuItem::path).forEach(paths::add));
        for (String path : paths) {
            opens(session, path);
        }
        return new ArrayList<>(paths);
    }

    private void opens(MockHttpSession session, String path) throws Exception {
        int status = mvc.perform(get(path).session(session))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(Logins.user(mvc, session).login() + " " + path).isLessThan(400);
    }

    private void send(MockHttpSession admin, String path, String param, long value) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .session(admin)
                .with(csrf());
        if (param != null) {
            request.param(param, String.valueOf(value));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void move(MockHttpSession admin, College college, long studentId, String kind) throws Exception {
        long version = students.card(college.institutionId(), studentId).version();
        mvc.perform(post("/admin/students/" + studentId + "/movements")
                        .session(admin)
                        .with(csrf())
                        .param("kind", kind)
                        .param("effectiveOn", college.today().toString())
                        .param("orderNumber", "16-к")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    /** A teacher of the college who is also the father of one of its students, with one account for both. */
    private Member teacherWhoIsAParentOf(College college, long studentId) {
        long inst = college.institutionId();
        PersonName name = new PersonName("Родителев", "Олег", "Иванович");
        long staffId = people.createStaff(
                inst,
                new ru.spojournal.people.PeopleCommands.NewPerson(name, ru.spojournal.people.Sex.M, null, null, null),
                "Преподаватель",
                null);
        long personId = people.personOfStaff(staffId);
        long parentId = people.createParentForPerson(inst, personId);
        people.linkParent(inst, parentId, studentId, Relation.FATHER);
        String login = PeopleFixtures.login("state.parent");
        long accountId = accounts.createAccountWithHash(
                inst,
                new NewAccount(login, personId, Set.of(Role.TEACHER, Role.PARENT)),
                accounts.hash(Colleges.PASSWORD),
                false);
        return new Member(staffId, personId, accountId, login, name.full());
    }
}
