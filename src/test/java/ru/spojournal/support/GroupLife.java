package ru.spojournal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalFixtures;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.FamilyGroup;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.StructureAdmin;

/**
 * A group of its own for a test that changes the state of people and journals: students and
 * parents with accounts, the group's curator, and a journal of a fresh teacher with today's lesson
 * and a mark for every student. Nothing of the demo college is touched.
 */
@Component
public class GroupLife {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JournalFixtures fixtures;
    private final StructureAdmin structureAdmin;
    private final CollegeStructure structure;
    private final PeopleAdmin people;
    private final AccountAdmin accounts;

    GroupLife(
            JournalFixtures fixtures,
            StructureAdmin structureAdmin,
            CollegeStructure structure,
            PeopleAdmin people,
            AccountAdmin accounts) {
        this.fixtures = fixtures;
        this.structureAdmin = structureAdmin;
        this.structure = structure;
        this.people = people;
        this.accounts = accounts;
    }

    /** The group and what a test signs in as. */
    public record Life(
            FamilyGroup group,
            JournalFixtures.Journal journal,
            List<String> studentLogins,
            List<String> parentLogins,
            long lessonId,
            long columnId) {

        public long student(int i) {
            return group.students().get(i).id();
        }
    }

    /** A group of {@code size} students, each with a parent; every account's password is {@link JournalFixtures#PASSWORD}. */
    public Life create(MockMvc mvc, int size) throws Exception {
        FamilyGroup group = FamilyGroup.create(fixtures, structureAdmin, structure, people, size);
        long institution = fixtures.institution();
        List<String> students = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            students.add(
                    account(institution, "life.student", group.students().get(i).personId(), Role.STUDENT));
            parents.add(
                    account(institution, "life.parent", group.parents().get(i).personId(), Role.PARENT));
        }
        JournalFixtures.Journal journal = fixtures.journal(group.name());
        var teacher = Logins.session(mvc, journal.teacher().login(), JournalFixtures.PASSWORD);
        String api = "/api/v1/journals/" + journal.id();
        String created = mvc.perform(post(api + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"%s","periodNumber":1,"hours":2,"topic":"Свойства металлов",
                                 "columns":[{"workTypeId":null,"title":null}],
                                 "homework":{"content":"Параграф 3","pages":"20–24","tasks":"1"}}""".formatted(fixtures.today())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lessonId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String data =
                mvc.perform(get(api).session(teacher)).andReturn().getResponse().getContentAsString();
        net.minidev.json.JSONArray ids = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id");
        long columnId = ((Number) ids.get(0)).longValue();
        for (FamilyGroup.Member s : group.students()) {
            mvc.perform(put(api + "/marks")
                    .session(teacher)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"columnId\":%d,\"studentId\":%d,\"value\":\"4\",\"version\":null}"
                            .formatted(columnId, s.id())));
        }
        return new Life(group, journal, students, parents, lessonId, columnId);
    }

    private String account(long institution, String prefix, long personId, Role role) {
        String login = prefix + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        accounts.createAccountWithHash(
                institution,
                new NewAccount(login, personId, Set.of(role)),
                accounts.hash(JournalFixtures.PASSWORD),
                false);
        return login;
    }
}
