package ru.spojournal.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.teaching.TeachingAdmin;

/** Journals made for a test: a fresh teacher with an assignment in a demo group or subgroup. */
@Component
public class JournalFixtures {

    public static final String PASSWORD = "Uchitel2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PeopleAdmin people;
    private final PeopleDirectory directory;
    private final AccountAdmin accounts;
    private final TeachingAdmin teaching;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final ru.spojournal.structure.StructureAdmin structureAdmin;

    JournalFixtures(
            PeopleAdmin people,
            PeopleDirectory directory,
            AccountAdmin accounts,
            TeachingAdmin teaching,
            CollegeStructure structure,
            AcademicCalendar calendar,
            ru.spojournal.structure.StructureAdmin structureAdmin) {
        this.structureAdmin = structureAdmin;
        this.people = people;
        this.directory = directory;
        this.accounts = accounts;
        this.teaching = teaching;
        this.structure = structure;
        this.calendar = calendar;
    }

    /** A teacher of the demo college with their own account. */
    public record Teacher(String login, long staffId, long accountId, String initials) {}

    /** A journal and its teacher. */
    public record Journal(
            long id,
            Teacher teacher,
            GroupView group,
            Long subgroupId,
            List<StudentView> students,
            String subjectName) {}

    public long institution() {
        return structure.institutionByCode("demo").orElseThrow().id();
    }

    private static final String[] FIRST = {
        "Анна",
        "Мария",
        "Елена",
        "Ольга",
        "Наталья",
        "Ирина",
        "Светлана",
        "Татьяна",
        "Юлия",
        "Галина",
        "Вера",
        "Нина",
        "Людмила",
        "Марина",
        "Алла",
        "Инна",
        "Лариса"
    };
    private static final String[] MIDDLE = {
        "Петровна",
        "Ивановна",
        "Сергеевна",
        "Алексеевна",
        "Андреевна",
        "Николаевна",
        "Викторовна",
        "Олеговна",
        "Юрьевна",
        "Павловна",
        "Борисовна",
        "Игоревна",
        "Романовна"
    };

    /** A teacher with a name of their own, so that lists of staff have no namesakes. */
    public Teacher teacher() {
        int n = SEQUENCE.incrementAndGet();
        String login = "fixture.teacher" + n + "." + System.nanoTime() % 100000;
        String middle = MIDDLE[(n / FIRST.length) % MIDDLE.length];
        String last = n < FIRST.length * MIDDLE.length ? "Учителева" : "Учителева-" + n;
        long staffId = people.createStaff(
                institution(),
                new NewPerson(new PersonName(last, FIRST[n % FIRST.length], middle), Sex.F, null, null, null),
                "Преподаватель",
                null);
        long accountId = accounts.createAccountWithHash(
                institution(),
                new NewAccount(login, people.personOfStaff(staffId), Set.of(Role.TEACHER)),
                accounts.hash(PASSWORD),
                false);
        return new Teacher(login, staffId, accountId, new PersonName(last, FIRST[n % FIRST.length], middle).initials());
    }

    /** A new journal of a new teacher for the group with this name (ОМД-26-1, ...). */
    public Journal journal(String groupName) {
        return journal(groupName, false);
    }

    /** The same, for the first subgroup of the group when asked. */
    public Journal journal(String groupName, boolean firstSubgroup) {
        return journal(groupName, firstSubgroup, "ОП.03");
    }

    /** A practice journal (УП.01), kept in practice days rather than пары. */
    public Journal practiceJournal(String groupName) {
        return journal(groupName, false, "УП.01");
    }

    private Journal journal(String groupName, boolean firstSubgroup, String subjectCode) {
        Teacher teacher = teacher();
        GroupView group = group(groupName);
        Long subgroupId = firstSubgroup ? structure.subgroups(group.id()).get(0).id() : null;
        SubjectView template = structure.subjects(institution()).stream()
                .filter(s -> s.code().equals(subjectCode))
                .findFirst()
                .orElseThrow();
        // A subject of its own, so that no two teachers share a subject of a group in a term.
        String subjectName = template.name() + " (" + SEQUENCE.incrementAndGet() + ")";
        long subjectId = structureAdmin.createSubject(
                institution(),
                new ru.spojournal.structure.StructureCommands.NewSubject(
                        template.code(), subjectName, template.kind(), null));
        long termId = calendar.termAt(institution(), today()).orElseThrow().id();
        long id = teaching.assign(institution(), teacher.staffId(), group.id(), subgroupId, subjectId, termId, 64);
        List<StudentView> students = directory.studentsOfGroups(List.of(group.id()));
        if (subgroupId != null) {
            List<Long> members = structure.subgroupStudentIds(subgroupId);
            students = students.stream().filter(s -> members.contains(s.id())).toList();
        }
        return new Journal(id, teacher, group, subgroupId, students, subjectName);
    }

    /** The ids of the demo college's own groups (ОМД-26-1, ...), not those tests add. */
    public List<Long> groupIds() {
        return structure.groups(institution()).stream()
                .filter(g -> g.name().matches("[А-Я]{2,3}-\\d{2}-\\d"))
                .map(GroupView::id)
                .toList();
    }

    /** The login of the curator of a demo group. */
    public String curatorOf(String groupName) {
        Long staffId = group(groupName).curatorStaffId();
        return accounts.loginOfPerson(people.personOfStaff(staffId)).orElseThrow();
    }

    public GroupView group(String name) {
        return structure.groups(institution()).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    public LocalDate today() {
        return calendar.today(institution());
    }
}
