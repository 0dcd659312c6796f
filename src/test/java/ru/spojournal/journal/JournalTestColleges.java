package ru.spojournal.journal;

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewDepartment;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.TeachingAdmin;

/**
 * What the journal tests need beyond a college of their own ({@link Colleges}): more teachers and
 * more journals (of the group, of a subgroup, of a practice, of a group in another department) and
 * today's lesson with marks. Every account's password is {@link Colleges#PASSWORD}.
 */
@Component
public class JournalTestColleges {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] FIRST = {"Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Татьяна"};
    private static final String[] SURNAMES = {"Комаров", "Медведев", "Зайцев", "Волков", "Лисицын", "Ершов"};

    private final StructureAdmin structure;
    private final PeopleAdmin people;
    private final AccountAdmin accounts;
    private final TeachingAdmin teaching;
    private final TransactionTemplate tx;
    private volatile String collegePasswordHash;

    JournalTestColleges(
            StructureAdmin structure,
            PeopleAdmin people,
            AccountAdmin accounts,
            TeachingAdmin teaching,
            TransactionTemplate tx) {
        this.structure = structure;
        this.people = people;
        this.accounts = accounts;
        this.teaching = teaching;
        this.tx = tx;
    }

    /** A journal other than the college's own, its teacher, and the students it is kept for. */
    public record Journal(long id, Member teacher, long groupId, Long subgroupId, List<Member> students) {}

    /** A lesson and the id of its mark column. */
    public record Lesson(long id, long columnId) {}

    /** One more teacher of the college, with an account and no journal. */
    public Member teacher(College college) {
        int n = SEQUENCE.incrementAndGet();
        PersonName name = new PersonName("Преподавателева-" + n, FIRST[n % FIRST.length], "Сергеевна");
        return tx.execute(s -> {
            long staffId = people.createStaff(
                    college.institutionId(), new NewPerson(name, Sex.F, null, null, null), "Преподаватель", null);
            return account(college, staffId, people.personOfStaff(staffId), "teacher", Role.TEACHER, name);
        });
    }

    /** A journal of the college's group kept by another teacher, in a subject of its own. */
    public Journal journal(College college) {
        return journal(college, college.groupId(), null, college.students(), "ОП.03", SubjectKind.DISCIPLINE);
    }

    /** A journal kept by another teacher for the first subgroup: the first half of the group's students. */
    public Journal subgroupJournal(College college) {
        List<Member> members =
                college.students().subList(0, Math.max(1, college.students().size() / 2));
        long subgroup = tx.execute(s -> {
            long id = structure.createSubgroup(college.institutionId(), college.groupId(), "1 подгруппа");
            members.forEach(m -> structure.addSubgroupMember(college.institutionId(), id, m.id()));
            return id;
        });
        return journal(college, college.groupId(), subgroup, members, "ОП.04", SubjectKind.DISCIPLINE);
    }

    /** A practice journal (УП.01) of the college's group, kept in practice days by a master of its own. */
    public Journal practiceJournal(College college) {
        return journal(college, college.groupId(), null, college.students(), "УП.01", SubjectKind.PRACTICE);
    }

    /**
     * A group of {@code size} students (with accounts) in a second department of the college, which
     * the college's department head does not head, and a journal of it kept by another teacher.
     */
    public Journal otherDepartmentJournal(College college, int size) {
        int n = SEQUENCE.incrementAndGet();
        long inst = college.institutionId();
        record Group(long id, List<Member> students) {}
        Group group = tx.execute(s -> {
            long department =
                    structure.createDepartment(inst, new NewDepartment("Отделение информатики " + n, "ОИ-" + n));
            long groupId = structure.createGroup(
                    inst, new NewGroup("ИС-" + n, college.specialtyId(), department, 1, startYear(college), null));
            List<Member> students = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                PersonName child = new PersonName(SURNAMES[i % SURNAMES.length], "Денис", "Романович " + n + i);
                long studentId =
                        people.createStudent(inst, new NewPerson(child, Sex.M, null, null, null), groupId, null, null);
                students.add(
                        account(college, studentId, people.personOfStudent(studentId), "student", Role.STUDENT, child));
            }
            return new Group(groupId, students);
        });
        return journal(college, group.id(), null, group.students(), "ОП.05", SubjectKind.DISCIPLINE);
    }

    /** Today's first lesson of the college's journal, given by its teacher through the API, with a «4» for every student. */
    public Lesson lessonWithMarks(MockMvc mvc, College college) throws Exception {
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        String api = "/api/v1/journals/" + college.journalId();
        String created = mvc.perform(post(api + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"%s","periodNumber":1,"hours":2,"topic":"Свойства металлов",
                                 "columns":[{"workTypeId":null,"title":null}],
                                 "homework":{"content":"Параграф 3","pages":"20–24","tasks":"1"}}""".formatted(college.today())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lessonId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String data =
                mvc.perform(get(api).session(teacher)).andReturn().getResponse().getContentAsString();
        net.minidev.json.JSONArray ids = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id");
        long columnId = ((Number) ids.get(0)).longValue();
        for (Member student : college.students()) {
            int status = mvc.perform(put(api + "/marks")
                            .session(teacher)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"columnId\":%d,\"studentId\":%d,\"value\":\"4\",\"version\":null}"
                                    .formatted(columnId, student.id())))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 200) {
                throw new IllegalStateException("the mark of " + student.name() + " was refused: " + status);
            }
        }
        return new Lesson(lessonId, columnId);
    }

    private Journal journal(
            College college, long groupId, Long subgroupId, List<Member> students, String code, SubjectKind kind) {
        Member teacher = teacher(college);
        long id = tx.execute(s -> {
            // A subject of its own, so that no two teachers share a subject of a group in a term.
            long subject = structure.createSubject(
                    college.institutionId(),
                    new NewSubject(code, "Предмет " + code + " (" + SEQUENCE.incrementAndGet() + ")", kind, null));
            return teaching.assign(
                    college.institutionId(), teacher.id(), groupId, subgroupId, subject, college.termId(), 64);
        });
        return new Journal(id, teacher, groupId, subgroupId, List.copyOf(students));
    }

    private Member account(College college, long id, long personId, String stem, Role role, PersonName name) {
        String login = stem + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 1_000_000;
        long accountId = accounts.createAccountWithHash(
                college.institutionId(), new NewAccount(login, personId, Set.of(role)), collegeHash(), false);
        return new Member(id, personId, accountId, login, name.full());
    }

    private static int startYear(College college) {
        return college.today().getMonthValue() >= 8
                ? college.today().getYear()
                : college.today().getYear() - 1;
    }

    /** The hash of {@link Colleges#PASSWORD}, made once: an adaptive hash is slow by design. */
    private String collegeHash() {
        String hash = collegePasswordHash;
        if (hash == null) {
            hash = accounts.hash(Colleges.PASSWORD);
            collegePasswordHash = hash;
        }
        return hash;
    }
}
