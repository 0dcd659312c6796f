package ru.spojournal.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewDepartment;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewInstitution;
import ru.spojournal.structure.StructureCommands.NewPeriod;
import ru.spojournal.structure.StructureCommands.NewSpecialty;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.StructureCommands.NewTerm;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.teaching.TeachingAdmin;

/**
 * Makes a small college of a test's own: its term around the test clock's today, its administration
 * (admin, director, deputy, the head of its department), one group with a curator, students each with a mother, and one teacher with a journal of the group, every person
 * with an account. A test that builds its college here depends on nothing another test left in the
 * database, and nothing it does can reach another test's college.
 */
@Component
public class Colleges {

    public static final String PASSWORD = "Kolledzh2026";
    public static final ZoneId ZONE = ZoneId.of("Asia/Novokuznetsk");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] SURNAMES = {"Орлов", "Соколов", "Лебедев", "Воронин", "Грачёв", "Галкин"};

    private final StructureAdmin structure;
    private final PeopleAdmin people;
    private final AccountAdmin accounts;
    private final TeachingAdmin teaching;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile String passwordHash;

    Colleges(
            StructureAdmin structure,
            PeopleAdmin people,
            AccountAdmin accounts,
            TeachingAdmin teaching,
            TransactionTemplate tx,
            Clock clock) {
        this.structure = structure;
        this.people = people;
        this.accounts = accounts;
        this.teaching = teaching;
        this.tx = tx;
        this.clock = clock;
    }

    /** A member of staff, a student or a parent, and the login of their account. */
    public record Member(long id, long personId, long accountId, String login, String name) {}

    /** What a test needs to know of its college. */
    public record College(
            long institutionId,
            long termId,
            long groupId,
            long departmentId,
            long specialtyId,
            long subjectId,
            Member admin,
            Member director,
            Member deputy,
            Member head,
            Member curator,
            Member teacher,
            long journalId,
            List<Member> students,
            List<Member> parents,
            LocalDate today) {

        /** The member of a post: admin, director, deputy, head, curator, teacher, student or parent. */
        public Member member(String post) {
            return switch (post) {
                case "admin" -> admin;
                case "director" -> director;
                case "deputy" -> deputy;
                case "head" -> head;
                case "curator" -> curator;
                case "teacher" -> teacher;
                case "student" -> students.get(0);
                case "parent" -> parents.get(0);
                default -> throw new IllegalArgumentException(post);
            };
        }
    }

    /** A college with one group of {@code size} students. */
    public College create(int size) {
        return tx.execute(s -> build(size));
    }

    private College build(int size) {
        int n = SEQUENCE.incrementAndGet();
        String code = "t" + n + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long inst = structure.createInstitution(
                new NewInstitution(code, "Тестовый техникум " + code, "ТТ-" + n, ZONE, false));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        long year = structure.createAcademicYear(
                inst,
                new NewAcademicYear(
                        start + "/" + (start + 1), LocalDate.of(start, 9, 1), LocalDate.of(start + 1, 6, 30)));
        LocalDate autumnEnd = LocalDate.of(start, 12, 28);
        long autumn =
                structure.createTerm(inst, new NewTerm(year, 1, "1 семестр", LocalDate.of(start, 9, 1), autumnEnd));
        long spring = structure.createTerm(
                inst,
                new NewTerm(year, 2, "2 семестр", LocalDate.of(start + 1, 1, 12), LocalDate.of(start + 1, 6, 30)));
        long termId = today.isAfter(autumnEnd) ? spring : autumn;
        structure.createBellSchedule(inst, "Основной режим", bells());
        long department = structure.createDepartment(inst, new NewDepartment("Механическое отделение", "МО"));
        long specialty = structure.createSpecialty(
                inst, new NewSpecialty("15.02.16", "Технология машиностроения", "Техник-технолог"));
        long subject = structure.createSubject(
                inst, new NewSubject("ОП.01", "Инженерная графика", SubjectKind.DISCIPLINE, null));
        Member admin = staff(inst, code, "admin", Role.ADMIN, null, new PersonName("Админова", "Вера", "Сергеевна"));
        Member director =
                staff(inst, code, "director", Role.DIRECTOR, null, new PersonName("Директоров", "Павел", "Ильич"));
        Member deputy = staff(inst, code, "deputy", Role.DEPUTY, null, new PersonName("Завучева", "Нина", "Юрьевна"));
        Member head = staff(
                inst, code, "head", Role.DEPARTMENT_HEAD, department, new PersonName("Заведова", "Ирина", "Олеговна"));
        structure.assignDepartmentHead(inst, department, head.id());
        Member curator =
                staff(inst, code, "curator", Role.TEACHER, null, new PersonName("Кураторова", "Анна", "Петровна"));
        Member teacher =
                staff(inst, code, "teacher", Role.TEACHER, null, new PersonName("Учителев", "Игорь", "Олегович"));
        long group =
                structure.createGroup(inst, new NewGroup("ТМ-" + n, specialty, department, 1, start, curator.id()));
        List<Member> students = new ArrayList<>();
        List<Member> parents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String surname = SURNAMES[i % SURNAMES.length];
            PersonName child = new PersonName(surname, "Илья", i < SURNAMES.length ? "Андреевич" : "Андреевич " + i);
            long studentId =
                    people.createStudent(inst, new NewPerson(child, Sex.M, null, null, null), group, null, null);
            long studentPerson = people.personOfStudent(studentId);
            students.add(account(inst, studentId, studentPerson, code + ".s" + i, Role.STUDENT, child));
            PersonName mother = new PersonName(surname + "а", "Ольга", "Ивановна");
            long parentId = people.createParent(inst, new NewPerson(mother, Sex.F, null, null, null));
            people.linkParent(inst, parentId, studentId, Relation.MOTHER);
            parents.add(account(inst, parentId, people.personOfParent(parentId), code + ".p" + i, Role.PARENT, mother));
        }
        long journal = teaching.assign(inst, teacher.id(), group, null, subject, termId, 64);
        return new College(
                inst,
                termId,
                group,
                department,
                specialty,
                subject,
                admin,
                director,
                deputy,
                head,
                curator,
                teacher,
                journal,
                students,
                parents,
                today);
    }

    private Member staff(long inst, String code, String post, Role role, Long department, PersonName name) {
        long staffId =
                people.createStaff(inst, new NewPerson(name, Sex.F, null, null, null), "Преподаватель", department);
        return account(inst, staffId, people.personOfStaff(staffId), code + "." + post, role, name);
    }

    private Member account(long inst, long id, long personId, String login, Role role, PersonName name) {
        long accountId = accounts.createAccountWithHash(
                inst, new NewAccount(login, personId, Set.of(role)), passwordHash(), false);
        return new Member(id, personId, accountId, login, name.full());
    }

    /** The hash of {@link #PASSWORD}, made once: an adaptive hash is slow by design. */
    private String passwordHash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = accounts.hash(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    private static List<NewPeriod> bells() {
        List<NewPeriod> pairs = new ArrayList<>();
        LocalTime first = LocalTime.of(8, 30);
        for (int i = 0; i < 5; i++) {
            LocalTime begins = first.plusMinutes(100L * i);
            pairs.add(new NewPeriod(null, i + 1, begins, begins.plusMinutes(90)));
        }
        return pairs;
    }
}
