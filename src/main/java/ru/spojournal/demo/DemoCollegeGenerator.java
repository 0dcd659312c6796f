package ru.spojournal.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.demo.DemoCatalog.CurriculumDef;
import ru.spojournal.demo.DemoCatalog.SpecialtyDef;
import ru.spojournal.demo.DemoCatalog.SubjectDef;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewCurriculumRow;
import ru.spojournal.structure.StructureCommands.NewDepartment;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewInstitution;
import ru.spojournal.structure.StructureCommands.NewPeriod;
import ru.spojournal.structure.StructureCommands.NewSpecialty;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.StructureCommands.NewTerm;
import ru.spojournal.teaching.TeachingAdmin;

/**
 * Builds one realistic college through the public services of the modules: structure, staff,
 * curriculum, groups with students and parents, and the teaching load of the current term. The
 * same seed gives the same college.
 */
@Service
public class DemoCollegeGenerator {

    /** The code of the (first) demo college. */
    static final String DEMO_CODE = "demo";

    static final ZoneId ZONE = ZoneId.of("Asia/Novokuznetsk");
    private static final Logger log = LoggerFactory.getLogger(DemoCollegeGenerator.class);

    private final StructureAdmin structure;
    private final TeachingAdmin teaching;
    private final DemoPeople people;
    private final DemoJournals journals;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final NameBank names = new NameBank();

    DemoCollegeGenerator(
            StructureAdmin structure,
            TeachingAdmin teaching,
            DemoPeople people,
            DemoJournals journals,
            TransactionTemplate tx,
            Clock clock) {
        this.journals = journals;
        this.structure = structure;
        this.teaching = teaching;
        this.people = people;
        this.tx = tx;
        this.clock = clock;
    }

    /** Generates college number {@code index}; the fixed demo accounts only when asked. */
    public long generate(DemoSize size, long seed, int index, boolean fixedAccounts) {
        Random random = new Random(seed * 31 + index);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        DemoRun run = new DemoRun(size, random, names, people.newLogins(), people.demoPasswordHash());
        tx.executeWithoutResult(s -> buildStructure(run, index, startYear, today));
        for (DemoRun.Group group : run.groups) {
            tx.executeWithoutResult(s -> people.fillGroup(run, group, startYear));
        }
        if (fixedAccounts) {
            tx.executeWithoutResult(s -> people.addSibling(run, startYear));
        }
        tx.executeWithoutResult(s -> assignTeaching(run));
        tx.executeWithoutResult(s -> people.createAccounts(run, fixedAccounts));
        journals.fill(run, today);
        log.info(
                "Demo college {}: {} groups, {} students, {} staff",
                run.institutionId,
                run.groups.size(),
                run.studentCount,
                run.staff.size());
        return run.institutionId;
    }

    private void buildStructure(DemoRun run, int index, int startYear, LocalDate today) {
        String suffix = index == 0 ? "" : " № " + (index + 1);
        run.institutionId = structure.createInstitution(new NewInstitution(
                index == 0 ? DEMO_CODE : DEMO_CODE + "-" + (index + 1),
                "Демонстрационный металлургический техникум" + suffix,
                "ДМТ" + (index == 0 ? "" : "-" + (index + 1)),
                ZONE,
                true));
        long inst = run.institutionId;
        for (int d = 0; d < run.size.departments; d++) {
            run.departmentIds.add(structure.createDepartment(
                    inst, new NewDepartment(DemoCatalog.DEPARTMENTS.get(d), DemoCatalog.DEPARTMENT_SHORT.get(d))));
        }
        long year = structure.createAcademicYear(
                inst,
                new NewAcademicYear(
                        startYear + "/" + (startYear + 1),
                        LocalDate.of(startYear, 9, 1),
                        LocalDate.of(startYear + 1, 6, 30)));
        LocalDate autumnEnd = LocalDate.of(startYear, 12, 28);
        LocalDate springStart = LocalDate.of(startYear + 1, 1, 12);
        run.termIds.add(structure.createTerm(
                inst, new NewTerm(year, 1, "1 семестр", LocalDate.of(startYear, 9, 1), autumnEnd)));
        run.termIds.add(structure.createTerm(
                inst, new NewTerm(year, 2, "2 семестр", springStart, LocalDate.of(startYear + 1, 6, 30))));
        run.termNumber = today.isAfter(autumnEnd) ? 2 : 1;
        run.termStart = run.termNumber == 1 ? LocalDate.of(startYear, 9, 1) : springStart;
        run.termEnd = run.termNumber == 1 ? autumnEnd : LocalDate.of(startYear + 1, 6, 30);
        structure.createBellSchedule(inst, "Основной режим", bells());
        people.createLeadership(run);
        List<int[]> plan = groupPlan(run);
        for (int[] p : plan) {
            SpecialtyDef spec = DemoCatalog.SPECIALTIES.get(p[0]);
            long specialtyId = run.specialtyIds.computeIfAbsent(
                    spec.code(),
                    c -> structure.createSpecialty(
                            inst, new NewSpecialty(spec.code(), spec.name(), spec.qualification())));
            int course = p[1];
            int admission = startYear - course + 1;
            String name = "%s-%02d-%d".formatted(spec.prefix(), admission % 100, p[2]);
            long deptId = run.departmentIds.get(Math.min(spec.department(), run.departmentIds.size() - 1));
            long groupId =
                    structure.createGroup(inst, new NewGroup(name, specialtyId, deptId, course, admission, null));
            run.groups.add(new DemoRun.Group(groupId, name, spec, course, deptId));
        }
        for (SpecialtyDef spec : run.specialties()) {
            for (int semester = 1; semester <= spec.years() * 2; semester++) {
                for (CurriculumDef row : DemoCatalog.curriculum(spec, semester)) {
                    structure.addCurriculumRow(
                            inst,
                            new NewCurriculumRow(
                                    run.specialtyIds.get(spec.code()),
                                    subject(run, row.subject()),
                                    semester,
                                    row.hours(),
                                    row.form()));
                }
            }
        }
    }

    /** Which groups exist: (specialty index, course, number). */
    private static List<int[]> groupPlan(DemoRun run) {
        List<int[]> plan = new ArrayList<>();
        if (run.size == DemoSize.DEMO) {
            plan.add(new int[] {0, 1, 1});
            plan.add(new int[] {0, 3, 1});
            plan.add(new int[] {1, 2, 1});
            plan.add(new int[] {2, 1, 1});
            plan.add(new int[] {2, 2, 1});
            plan.add(new int[] {2, 3, 1});
            return plan;
        }
        for (int s = 0; s < run.size.specialties; s++) {
            SpecialtyDef spec = DemoCatalog.SPECIALTIES.get(s);
            for (int course = 1; course <= spec.years(); course++) {
                int count = course <= 2 && s < 6 ? 3 : 2;
                for (int k = 1; k <= count && plan.size() < 80; k++) {
                    plan.add(new int[] {s, course, k});
                }
            }
        }
        return plan;
    }

    private long subject(DemoRun run, SubjectDef def) {
        Long existing = run.subjectIds.get(def.key());
        if (existing != null) {
            return existing;
        }
        Long parentId = def.parent() == null ? null : subject(run, def.parent());
        long id = structure.createSubject(
                run.institutionId, new NewSubject(def.code(), def.name(), def.kind(), parentId));
        run.subjectIds.put(def.key(), id);
        return id;
    }

    /** Teachers take subjects by area, about six journals each; split subjects get two subgroups. */
    private void assignTeaching(DemoRun run) {
        long termId = run.termIds.get(run.termNumber - 1);
        Map<String, List<Long>> pools = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (DemoRun.Group group : run.groups) {
            int semester = (group.course() - 1) * 2 + run.termNumber;
            for (CurriculumDef row : DemoCatalog.curriculum(group.specialty(), semester)) {
                if (row.subject().kind() == ru.spojournal.structure.SubjectKind.MODULE) {
                    continue;
                }
                long subjectId = subject(run, row.subject());
                String area = row.subject().area();
                int hours = row.hours();
                if (row.subject().split()) {
                    List<Long> subgroups = people.splitIntoSubgroups(run, group);
                    for (int i = 0; i < subgroups.size(); i++) {
                        long teacher = teacherFor(run, pools, load, area);
                        long id = teaching.assign(
                                run.institutionId, teacher, group.id(), subgroups.get(i), subjectId, termId, hours);
                        run.planned.add(
                                new DemoRun.Planned(id, group, subgroups.get(i), i, row.subject(), teacher, hours));
                        group.teachers().add(teacher);
                    }
                } else {
                    long teacher = teacherFor(run, pools, load, area);
                    long id = teaching.assign(run.institutionId, teacher, group.id(), null, subjectId, termId, hours);
                    run.planned.add(new DemoRun.Planned(id, group, null, 0, row.subject(), teacher, hours));
                    group.teachers().add(teacher);
                }
            }
        }
        assignCurators(run);
    }

    private long teacherFor(DemoRun run, Map<String, List<Long>> pools, Map<String, Integer> load, String area) {
        List<Long> pool = pools.computeIfAbsent(area, a -> new ArrayList<>());
        int n = load.merge(area, 1, Integer::sum) - 1;
        int capacity = 6;
        if (n / capacity >= pool.size()) {
            pool.add(people.createTeacher(run, area));
        }
        return pool.get(n / capacity);
    }

    /** Each group gets a curator among its own teachers; nobody curates two groups. */
    private void assignCurators(DemoRun run) {
        Set<Long> taken = new java.util.HashSet<>();
        taken.add(run.fixedTeacherId());
        for (DemoRun.Group group : run.groups) {
            Long curator = group.teachers().stream()
                    .filter(t -> !taken.contains(t) && !run.masters.contains(t))
                    .findFirst()
                    .orElseGet(() -> people.createTeacher(run, "Кураторы"));
            taken.add(curator);
            group.curator(curator);
            structure.assignCurator(run.institutionId, group.id(), curator);
        }
    }

    private static List<NewPeriod> bells() {
        List<NewPeriod> pairs = new ArrayList<>();
        LocalTime[][] weekday = {
            {LocalTime.of(8, 30), LocalTime.of(10, 0)},
            {LocalTime.of(10, 10), LocalTime.of(11, 40)},
            {LocalTime.of(12, 20), LocalTime.of(13, 50)},
            {LocalTime.of(14, 0), LocalTime.of(15, 30)},
            {LocalTime.of(15, 40), LocalTime.of(17, 10)}
        };
        for (int i = 0; i < weekday.length; i++) {
            pairs.add(new NewPeriod(null, i + 1, weekday[i][0], weekday[i][1]));
        }
        LocalTime[][] saturday = {
            {LocalTime.of(8, 30), LocalTime.of(10, 0)},
            {LocalTime.of(10, 10), LocalTime.of(11, 40)},
            {LocalTime.of(11, 50), LocalTime.of(13, 20)},
            {LocalTime.of(13, 30), LocalTime.of(15, 0)}
        };
        for (int i = 0; i < saturday.length; i++) {
            pairs.add(new NewPeriod(DayOfWeek.SATURDAY.getValue(), i + 1, saturday[i][0], saturday[i][1]));
        }
        return pairs;
    }

    static Map<String, Role> fixedLogins() {
        Map<String, Role> fixed = new LinkedHashMap<>();
        fixed.put("admin", Role.ADMIN);
        fixed.put("deputy", Role.DEPUTY);
        fixed.put("head", Role.DEPARTMENT_HEAD);
        fixed.put("teacher", Role.TEACHER);
        fixed.put("curator", Role.CURATOR);
        fixed.put("student", Role.STUDENT);
        fixed.put("parent", Role.PARENT);
        return fixed;
    }
}
