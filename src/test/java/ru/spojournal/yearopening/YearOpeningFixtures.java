package ru.spojournal.yearopening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.spojournal.demo.DemoCollegeGenerator;
import ru.spojournal.demo.DemoSize;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.teaching.TeachingAdmin;
import ru.spojournal.yearopening.domain.YearPlan;

/**
 * Colleges of their own for the year-opening tests: the demo generator builds a second demo
 * college, so that opening its year never touches the shared demo college other tests rely on.
 */
@Component
public class YearOpeningFixtures {

    static final String PASSWORD = "demo";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(40);

    private final DemoCollegeGenerator generator;
    private final StructureAdmin structureAdmin;
    private final CollegeStructure structure;
    private final PeopleAdmin people;
    private final AccountAdmin accounts;
    private final TransactionTemplate tx;
    private final TeachingAdmin teaching;

    YearOpeningFixtures(
            DemoCollegeGenerator generator,
            StructureAdmin structureAdmin,
            CollegeStructure structure,
            PeopleAdmin people,
            AccountAdmin accounts,
            TransactionTemplate tx,
            TeachingAdmin teaching) {
        this.teaching = teaching;
        this.generator = generator;
        this.structureAdmin = structureAdmin;
        this.structure = structure;
        this.people = people;
        this.accounts = accounts;
        this.tx = tx;
    }

    /**
     * A demo college of its own, plus a fourth-course group ОМД-23-1 of three students (the demo
     * groups are all in courses 1 to 3 of four-year programmes, so none would graduate).
     */
    long college() {
        int index = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1000) * 100;
        long college = generator.generate(DemoSize.DEMO, 7, index, false);
        tx.executeWithoutResult(s -> {
            GroupView omd = group(college, "ОМД-26-1");
            long finalGroup = structureAdmin.createGroup(
                    college, new NewGroup("ОМД-23-1", omd.specialtyId(), omd.departmentId(), 4, 2023, null));
            for (String[] n :
                    List.of(new String[] {"Выпускников", "Олег"}, new String[] {"Дипломов", "Игорь"}, new String[] {
                        "Техников", "Пётр"
                    })) {
                people.createStudent(
                        college,
                        new NewPerson(new PersonName(n[0], n[1], "Иванович"), Sex.M, null, null, null),
                        finalGroup,
                        null,
                        LocalDate.of(2023, 9, 1));
            }
        });
        return college;
    }

    /**
     * A college with one year and its two terms, and {@code groups} first-year groups, each with a
     * student and an assignment of one teacher.
     */
    long smallCollege(int groups) {
        return tx.execute(s -> {
            long id = structureAdmin.createInstitution(new StructureCommands.NewInstitution(
                    "yo-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000,
                    "Малый техникум",
                    "МТ",
                    java.time.ZoneId.of("Asia/Novokuznetsk"),
                    false));
            long year = structureAdmin.createAcademicYear(
                    id,
                    new StructureCommands.NewAcademicYear(
                            "2026/2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
            long term = structureAdmin.createTerm(
                    id,
                    new StructureCommands.NewTerm(
                            year, 1, "1 семестр", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 28)));
            structureAdmin.createTerm(
                    id,
                    new StructureCommands.NewTerm(
                            year, 2, "2 семестр", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 6, 30)));
            long dept = structureAdmin.createDepartment(id, new StructureCommands.NewDepartment("Отделение", "О"));
            long subject = structureAdmin.createSubject(
                    id,
                    new StructureCommands.NewSubject(
                            "ОП.03", "Материаловедение", ru.spojournal.structure.SubjectKind.DISCIPLINE, null));
            long teacher = people.createStaff(
                    id,
                    new NewPerson(new PersonName("Учителев", "Пётр", "Ильич"), Sex.M, null, null, null),
                    "Преподаватель",
                    dept);
            for (int g = 1; g <= groups; g++) {
                long spec = structureAdmin.createSpecialty(
                        id, new StructureCommands.NewSpecialty("22.02.0" + g, "Специальность " + g, "Техник"));
                long group =
                        structureAdmin.createGroup(id, new NewGroup("ГР" + g + "-26-1", spec, dept, 1, 2026, null));
                people.createStudent(
                        id,
                        new NewPerson(new PersonName("Студентов", "Иван" + g, null), Sex.M, null, null, null),
                        group,
                        null,
                        LocalDate.of(2026, 9, 1));
                teaching.assign(id, teacher, group, null, subject, term, 64);
            }
            return id;
        });
    }

    GroupView group(long college, String name) {
        return structure.groups(college).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    String adminOf(long college) {
        String login = "yoadmin." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        accounts.createAccountWithHash(
                college, new NewAccount(login, null, Set.of(Role.ADMIN)), accounts.hash(PASSWORD), false);
        return login;
    }

    /** The form fields of a plan, as the wizard's page posts them. */
    static MultiValueMap<String, String> params(YearPlan plan) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("yearName", plan.yearName());
        p.put("startDate", plan.startDate().toString());
        p.put("endDate", plan.endDate().toString());
        for (int i = 0; i < plan.terms().size(); i++) {
            YearPlan.TermPlan t = plan.terms().get(i);
            p.put("terms[" + i + "].number", String.valueOf(t.number()));
            p.put("terms[" + i + "].name", t.name());
            p.put("terms[" + i + "].startDate", t.startDate().toString());
            p.put("terms[" + i + "].endDate", t.endDate().toString());
        }
        for (int i = 0; i < plan.finalCourses().size(); i++) {
            p.put(
                    "courses[" + i + "].specialtyId",
                    String.valueOf(plan.finalCourses().get(i).specialtyId()));
            p.put(
                    "courses[" + i + "].course",
                    String.valueOf(plan.finalCourses().get(i).course()));
        }
        for (int i = 0; i < plan.newGroups().size(); i++) {
            YearPlan.NewGroupPlan g = plan.newGroups().get(i);
            p.put("groups[" + i + "].specialtyId", String.valueOf(g.specialtyId()));
            p.put("groups[" + i + "].departmentId", String.valueOf(g.departmentId()));
            p.put("groups[" + i + "].name", g.name());
            p.put("groups[" + i + "].include", String.valueOf(g.include()));
        }
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        p.forEach(out::add);
        return out;
    }

    /** The plan with one new group renamed. */
    static YearPlan renamed(YearPlan plan, int index, String name) {
        List<YearPlan.NewGroupPlan> groups = new ArrayList<>(plan.newGroups());
        YearPlan.NewGroupPlan g = groups.get(index);
        groups.set(index, new YearPlan.NewGroupPlan(g.specialtyId(), g.departmentId(), name, g.include()));
        return new YearPlan(
                plan.yearName(),
                plan.startDate(),
                plan.endDate(),
                plan.terms(),
                plan.finalCourses(),
                groups,
                plan.orderNumber());
    }
}
