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
import ru.spojournal.journal.JournalFixtures;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.Relation;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.platform.web.MenuContributor;
import ru.spojournal.platform.web.MenuItem;
import ru.spojournal.support.GroupLife;
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
    GroupLife life;

    @Autowired
    JournalFixtures fixtures;

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
        MockHttpSession admin = Logins.session(mvc, "admin");
        GroupLife.Life first = life.create(mvc, 2);
        GroupLife.Life second = life.create(mvc, 1);
        String parentTeacher = teacherWhoIsAParentOf(first.student(0));

        send(
                admin,
                "/admin/assignments/" + first.journal().id() + "/archive",
                "version",
                assignments.row(fixtures.institution(), first.journal().id()).version());
        move(admin, first.student(0), "EXPULSION");
        move(admin, first.student(1), "GRADUATION");
        send(admin, "/admin/groups/" + second.group().id() + "/archive", null, 0);
        long dismissed = fixtures.teacher().staffId();
        send(
                admin,
                "/admin/staff/" + dismissed + "/archive",
                "version",
                staff.card(fixtures.institution(), dismissed).version());
        long parentTeacherStaff = staffOf(parentTeacher);
        send(
                admin,
                "/admin/staff/" + parentTeacherStaff + "/archive",
                "version",
                staff.card(fixtures.institution(), parentTeacherStaff).version());

        List<String> visited = new ArrayList<>();
        for (String login : List.of(
                first.journal().teacher().login(),
                second.journal().teacher().login(),
                first.group().curator().login(),
                second.group().curator().login(),
                first.studentLogins().get(0),
                first.studentLogins().get(1),
                first.parentLogins().get(0),
                first.parentLogins().get(1),
                second.studentLogins().get(0),
                second.parentLogins().get(0),
                parentTeacher)) {
            visited.addAll(visitAll(Logins.session(mvc, login, JournalFixtures.PASSWORD)));
        }
        for (String demo : List.of("admin", "deputy", "head", "teacher", "curator", "student", "parent")) {
            visited.addAll(visitAll(Logins.session(mvc, demo)));
        }
        for (long journal : List.of(first.journal().id(), second.journal().id())) {
            opens(Logins.session(mvc, "deputy"), "/journal/" + journal);
        }
        opens(
                Logins.session(mvc, first.journal().teacher().login(), JournalFixtures.PASSWORD),
                "/journal/" + first.journal().id());
        opens(Logins.session(mvc, "deputy"), "/journal/group/" + second.group().id());
        opens(admin, "/admin/students/" + first.student(0));
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

    private void move(MockHttpSession admin, long studentId, String kind) throws Exception {
        long version = students.card(fixtures.institution(), studentId).version();
        mvc.perform(post("/admin/students/" + studentId + "/movements")
                        .session(admin)
                        .with(csrf())
                        .param("kind", kind)
                        .param("effectiveOn", fixtures.today().toString())
                        .param("orderNumber", "16-к")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    private String teacherWhoIsAParentOf(long studentId) {
        long staffId = people.createStaff(
                fixtures.institution(),
                new ru.spojournal.people.PeopleCommands.NewPerson(
                        new ru.spojournal.people.PersonName("Родителева", "Ольга", "Ивановна"),
                        ru.spojournal.people.Sex.F,
                        null,
                        null,
                        null),
                "Преподаватель",
                null);
        long personId = people.personOfStaff(staffId);
        long parentId = people.createParentForPerson(fixtures.institution(), personId);
        people.linkParent(fixtures.institution(), parentId, studentId, Relation.FATHER);
        String login = "state.parent." + System.nanoTime() % 100000;
        accounts.createAccountWithHash(
                fixtures.institution(),
                new NewAccount(login, personId, Set.of(Role.TEACHER, Role.PARENT)),
                accounts.hash(JournalFixtures.PASSWORD),
                false);
        return login;
    }

    private long staffOf(String login) throws Exception {
        return Logins.user(mvc, Logins.session(mvc, login, JournalFixtures.PASSWORD))
                .staffId();
    }
}
