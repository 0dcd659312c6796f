package ru.spojournal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.people.Transliteration;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;

/**
 * The people of the demo college: leadership, teachers by subject area, students with families
 * whose names agree (the father's first name is the children's patronymic, the surname takes the
 * right gender), and an account for everyone with the password {@code demo}.
 */
@Component
class DemoPeople {

    static final String DEMO_PASSWORD = "demo";

    private final PeopleAdmin people;
    private final AccountAdmin accounts;
    private final StructureAdmin structure;

    DemoPeople(PeopleAdmin people, AccountAdmin accounts, StructureAdmin structure) {
        this.people = people;
        this.accounts = accounts;
        this.structure = structure;
    }

    /** The logins already used in the database, so that a second college does not clash. */
    Set<String> newLogins() {
        return new HashSet<>(accounts.takenLogins());
    }

    /** One adaptive hash for every demo account: hashing thousands would take minutes by design. */
    String demoPasswordHash() {
        return accounts.hash(DEMO_PASSWORD);
    }

    void createLeadership(DemoRun run) {
        run.adminStaffId = staff(run, "Администратор электронного журнала", null, Role.ADMIN);
        staff(run, "Директор", null, Role.DIRECTOR);
        run.deputyStaffId = staff(run, "Заместитель директора по учебной работе", null, Role.DEPUTY);
        staff(run, "Заместитель директора по научно-методической работе", null, Role.DEPUTY);
        for (int i = 0; i < run.departmentIds.size(); i++) {
            long deptId = run.departmentIds.get(i);
            long head = staff(run, "Заведующий отделением", deptId, Role.DEPARTMENT_HEAD);
            structure.assignDepartmentHead(run.institutionId, deptId, head);
        }
    }

    long createTeacher(DemoRun run, String area) {
        long id = staff(run, DemoCatalog.positionFor(area), null, Role.TEACHER);
        if (area.endsWith(":практика")) {
            run.masters.add(id);
        }
        if (run.mathTeacherId == null && area.equals("Математика")) {
            run.mathTeacherId = id;
        }
        return id;
    }

    private long staff(DemoRun run, String position, Long departmentId, Role role) {
        Random r = run.random;
        Sex sex = r.nextInt(100) < 68 ? Sex.F : Sex.M;
        PersonName name = run.names.person(sex, run.names.surname(r), run.names.maleFirstName(r), r);
        LocalDate born = LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
        long staffId = people.createStaff(
                run.institutionId, new NewPerson(name, sex, born, null, phone(r)), position, departmentId);
        run.staff.put(staffId, new DemoRun.Account(people.personOfStaff(staffId), name, role));
        return staffId;
    }

    /** Students of a group, each with a mother and, often, a father who share the family name. */
    void fillGroup(DemoRun run, DemoRun.Group group, int startYear) {
        Random r = run.random;
        int count = run.size.studentsPerGroup - 3 + r.nextInt(7);
        int femaleShare = switch (group.specialty().prefix()) {
            case "ИСП" -> 30;
            case "ЭБУ" -> 80;
            default -> 12;
        };
        int admission = startYear - group.course() + 1;
        for (int i = 0; i < count; i++) {
            Sex sex = r.nextInt(100) < femaleShare ? Sex.F : Sex.M;
            String surname = run.names.surname(r);
            String father = run.names.maleFirstName(r);
            PersonName name = run.names.person(sex, surname, father, r);
            addStudent(run, group, sex, name, surname, father, admission, startYear);
        }
    }

    private long addStudent(
            DemoRun run,
            DemoRun.Group group,
            Sex sex,
            PersonName name,
            String surname,
            String father,
            int admission,
            int startYear) {
        Random r = run.random;
        LocalDate born = LocalDate.of(startYear - 15 - group.course(), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String recordBook = "%02d-%04d".formatted(admission % 100, ++run.studentCount);
        long studentId = people.createStudent(
                run.institutionId,
                new NewPerson(name, sex, born, null, null),
                group.id(),
                recordBook,
                LocalDate.of(admission, 9, 1));
        group.studentIds().add(studentId);
        run.students.put(studentId, new DemoRun.Account(people.personOfStudent(studentId), name, Role.STUDENT));
        List<Long> parents = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        if (r.nextInt(100) < 92) {
            PersonName mother = new PersonName(
                    RussianNames.feminineSurname(surname),
                    run.names.femaleFirstName(r),
                    run.names.patronymic(run.names.maleFirstName(r), Sex.F));
            parents.add(parent(run, mother, Sex.F, studentId, Relation.MOTHER));
            relations.add(Relation.MOTHER);
        }
        if (parents.isEmpty() || r.nextInt(100) < 60) {
            PersonName dad = new PersonName(surname, father, run.names.patronymic(run.names.maleFirstName(r), Sex.M));
            parents.add(parent(run, dad, Sex.M, studentId, Relation.FATHER));
            relations.add(Relation.FATHER);
        }
        run.families.put(studentId, new DemoRun.Family(surname, father, parents, relations, group.id()));
        return studentId;
    }

    private long parent(DemoRun run, PersonName name, Sex sex, long studentId, Relation relation) {
        String login = Transliteration.loginFor(name);
        long parentId = people.createParent(
                run.institutionId, new NewPerson(name, sex, null, login + "@example.org", phone(run.random)));
        people.linkParent(run.institutionId, parentId, studentId, relation);
        run.parents.put(parentId, new DemoRun.Account(people.personOfParent(parentId), name, Role.PARENT));
        return parentId;
    }

    /** Splits a group in two subgroups for languages, once; the halves follow the list. */
    List<Long> splitIntoSubgroups(DemoRun run, DemoRun.Group group) {
        if (group.subgroupIds() == null) {
            List<Long> ids = List.of(
                    structure.createSubgroup(run.institutionId, group.id(), "1 подгруппа"),
                    structure.createSubgroup(run.institutionId, group.id(), "2 подгруппа"));
            List<Long> students = group.studentIds();
            for (int i = 0; i < students.size(); i++) {
                structure.addSubgroupMember(
                        run.institutionId, ids.get(i < students.size() / 2 ? 0 : 1), students.get(i));
            }
            group.subgroupIds(ids);
        }
        return group.subgroupIds();
    }

    /**
     * Everyone gets an account with the password {@code demo}. In the first demo college seven
     * fixed logins are given to chosen people, and the demo parent gets a second child.
     */
    void createAccounts(DemoRun run, boolean fixedAccounts) {
        if (fixedAccounts) {
            markFixed(run);
        }
        List<DemoRun.Account> all = new ArrayList<>();
        all.addAll(run.staff.values());
        all.addAll(run.students.values());
        all.addAll(run.parents.values());
        for (DemoRun.Account a : all) {
            String login = a.fixedLogin != null ? a.fixedLogin : unique(run, Transliteration.loginFor(a.name));
            run.logins.add(login);
            a.accountId = accounts.createAccountWithHash(
                    run.institutionId, new NewAccount(login, a.personId, a.roles), run.passwordHash, false);
        }
    }

    private void markFixed(DemoRun run) {
        DemoRun.Group first = run.groups.get(0);
        run.staff.get(run.adminStaffId).fixedLogin = "admin";
        run.staff.get(run.deputyStaffId).fixedLogin = "deputy";
        run.staff.values().stream()
                .filter(a -> a.roles.contains(Role.DEPARTMENT_HEAD))
                .findFirst()
                .ifPresent(a -> a.fixedLogin = "head");
        run.staff.get(run.fixedTeacherId()).fixedLogin = "teacher";
        run.staff.get(first.curator()).fixedLogin = "curator";
        long studentId = first.studentIds().get(0);
        run.students.get(studentId).fixedLogin = "student";
        DemoRun.Family family = run.families.get(studentId);
        long parentId = family.parentIds().get(0);
        run.parents.get(parentId).fixedLogin = "parent";
    }

    /**
     * The demo parent's second child, a sister in another group with the same family name and
     * father, so that the parent's pages have two children to switch between.
     */
    void addSibling(DemoRun run, int startYear) {
        long studentId = run.groups.get(0).studentIds().get(0);
        DemoRun.Family family = run.families.get(studentId);
        DemoRun.Group other = run.groups.get(Math.min(2, run.groups.size() - 1));
        Random r = run.random;
        PersonName name = run.names.person(Sex.F, family.maleSurname(), family.fathersName(), r);
        LocalDate born = LocalDate.of(startYear - 15 - other.course(), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int admission = startYear - other.course() + 1;
        long siblingId = people.createStudent(
                run.institutionId,
                new NewPerson(name, Sex.F, born, null, null),
                other.id(),
                "%02d-%04d".formatted(admission % 100, ++run.studentCount),
                LocalDate.of(admission, 9, 1));
        other.studentIds().add(siblingId);
        run.students.put(siblingId, new DemoRun.Account(people.personOfStudent(siblingId), name, Role.STUDENT));
        for (int i = 0; i < family.parentIds().size(); i++) {
            people.linkParent(
                    run.institutionId,
                    family.parentIds().get(i),
                    siblingId,
                    family.relations().get(i));
        }
    }

    private static String unique(DemoRun run, String base) {
        if (!run.logins.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            if (!run.logins.contains(base + i)) {
                return base + i;
            }
        }
    }

    private static String phone(Random r) {
        return "+7 9%02d %03d-%02d-%02d".formatted(r.nextInt(100), r.nextInt(1000), r.nextInt(100), r.nextInt(100));
    }
}
