package ru.spojournal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;

/**
 * What the people tests need beyond a college of their own ({@link Colleges}): more staff and bare
 * accounts, more groups, a group whose families have no accounts yet (as after an import), and a
 * lesson with marks in the college's journal. Every account's password is {@link Colleges#PASSWORD}
 * unless a test gives its own.
 */
@Component
public class PeopleFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] SURNAMES = {"Щукин", "Жуков", "Ёлкин", "Юдин", "Яковлев", "Чернов", "Хохлов"};

    private final StructureAdmin structure;
    private final PeopleAdmin people;
    private final AccountAdmin accounts;
    private final TransactionTemplate tx;
    private volatile String collegePasswordHash;

    PeopleFixtures(StructureAdmin structure, PeopleAdmin people, AccountAdmin accounts, TransactionTemplate tx) {
        this.structure = structure;
        this.people = people;
        this.accounts = accounts;
        this.tx = tx;
    }

    /** A person of a {@link Household}: the student's or parent's id, the person and the full name. */
    public record Person(long id, long personId, String name) {}

    /** A group of the college with a curator of its own and families without accounts. */
    public record Household(long id, String name, Member curator, List<Person> students, List<Person> parents) {

        public List<Long> personIds() {
            List<Long> ids = new ArrayList<>();
            students.forEach(m -> ids.add(m.personId()));
            parents.forEach(m -> ids.add(m.personId()));
            return ids;
        }
    }

    /** A login no other account holds, starting with the stem. */
    public static String login(String stem) {
        return stem + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 1_000_000;
    }

    /** A member of the college's staff with an account of the given roles. */
    public Member staff(College college, PersonName name, String position, Role... roles) {
        return tx.execute(s -> {
            long inst = college.institutionId();
            long staffId = people.createStaff(inst, new NewPerson(name, Sex.F, null, null, null), position, null);
            long personId = people.personOfStaff(staffId);
            String login = login("staff");
            long accountId = accounts.createAccountWithHash(
                    inst, new NewAccount(login, personId, Set.of(roles)), collegeHash(), false);
            return new Member(staffId, personId, accountId, login, name.full());
        });
    }

    /** An account of the college held by no person, with its own password; its login is returned. */
    public String account(College college, String password, boolean mustChange, Role... roles) {
        String login = login("acc");
        accounts.createAccountWithHash(
                college.institutionId(),
                new NewAccount(login, null, Set.of(roles)),
                accounts.hash(password),
                mustChange);
        return login;
    }

    /** {@code count} more accounts of the college, so that its lists have several pages. */
    public void accounts(College college, int count) {
        String hash = collegeHash();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                accounts.createAccountWithHash(
                        college.institutionId(),
                        new NewAccount(login("bulk"), null, Set.of(Role.TEACHER)),
                        hash,
                        false);
            }
        });
    }

    /** One more group of the college's specialty and department, without a curator. */
    public long group(College college) {
        return structure.createGroup(
                college.institutionId(),
                new NewGroup(
                        "ДОП-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000,
                        college.specialtyId(),
                        college.departmentId(),
                        1,
                        college.today().getMonthValue() >= 8
                                ? college.today().getYear()
                                : college.today().getYear() - 1,
                        null));
    }

    /**
     * A group of the college curated by a fresh teacher (who has an account), with {@code size}
     * students named «… Пётр Андреевич» and a mother of each, none of them with an account.
     */
    public Household household(College college, int size) {
        int n = SEQUENCE.incrementAndGet();
        Member curator = staff(college, new PersonName("Классная", "Алла", "Петровна"), "Преподаватель", Role.TEACHER);
        return tx.execute(s -> {
            long inst = college.institutionId();
            String name = "Учёт-" + n + "-" + System.nanoTime() % 100_000;
            long groupId = structure.createGroup(
                    inst,
                    new NewGroup(
                            name,
                            college.specialtyId(),
                            college.departmentId(),
                            1,
                            college.today().getMonthValue() >= 8
                                    ? college.today().getYear()
                                    : college.today().getYear() - 1,
                            curator.id()));
            List<Person> students = new ArrayList<>();
            List<Person> parents = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String surname = SURNAMES[(n + i) % SURNAMES.length];
                PersonName child = new PersonName(surname, "Пётр", "Андреевич");
                long studentId =
                        people.createStudent(inst, new NewPerson(child, Sex.M, null, null, null), groupId, null, null);
                students.add(new Person(studentId, people.personOfStudent(studentId), child.full()));
                PersonName mother = new PersonName(surname + "а", "Юлия", "Сергеевна");
                long parentId = people.createParent(inst, new NewPerson(mother, Sex.F, null, null, null));
                people.linkParent(inst, parentId, studentId, Relation.MOTHER);
                parents.add(new Person(parentId, people.personOfParent(parentId), mother.full()));
            }
            return new Household(groupId, name, curator, students, parents);
        });
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
