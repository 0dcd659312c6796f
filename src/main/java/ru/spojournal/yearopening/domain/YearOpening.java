package ru.spojournal.yearopening.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewTerm;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingAdmin;
import ru.spojournal.yearopening.domain.YearPlan.NewGroupPlan;
import ru.spojournal.yearopening.domain.YearPlan.TermPlan;
import ru.spojournal.yearopening.domain.YearPreview.CarriedAssignment;

/**
 * The administrator opens the next academic year (R14) from the current one: propose a plan, show
 * what it would do, and do it all in one transaction, so that a failure at any step changes
 * nothing. A year is opened once: a later year, or one of the same name, refuses a second opening.
 */
@Service
@Transactional
public class YearOpening {

    private final YearSource source;
    private final CollegeStructure structure;
    private final StructureAdmin structureAdmin;
    private final PeopleAdmin people;
    private final TeachingAdmin teaching;

    YearOpening(
            YearSource source,
            CollegeStructure structure,
            StructureAdmin structureAdmin,
            PeopleAdmin people,
            TeachingAdmin teaching) {
        this.source = source;
        this.structure = structure;
        this.structureAdmin = structureAdmin;
        this.people = people;
        this.teaching = teaching;
    }

    /** The next year as the current one suggests it, ready to be edited. */
    @Transactional(readOnly = true)
    public YearPlan propose(long institutionId) {
        return YearPlanner.propose(source.load(institutionId));
    }

    /** What the plan would do, and what stops it; nothing is changed. */
    @Transactional(readOnly = true)
    public YearPreview preview(long institutionId, YearPlan plan) {
        YearSnapshot now = source.load(institutionId);
        List<String> names = plan.newGroups().stream()
                .filter(NewGroupPlan::include)
                .map(NewGroupPlan::name)
                .filter(Objects::nonNull)
                .map(String::strip)
                .toList();
        return YearPlanner.preview(now, plan, structure.takenGroupNames(institutionId, names));
    }

    /**
     * Opens the year: the year and its terms, the final course graduated (a movement for each
     * student) and archived, the other groups one course up, their assignments copied into the
     * same-numbered terms, and the new first-year groups last. Any rejection rolls everything back.
     */
    public YearResult open(long institutionId, YearPlan plan, Long recordedByAccount) {
        YearSnapshot now = source.load(institutionId);
        if (now.alreadyOpened(plan.yearName())) {
            throw new FieldRejectedException("yearName", "yearOpening.year.opened", plan.yearName());
        }
        long yearId = structureAdmin.createAcademicYear(
                institutionId, new NewAcademicYear(plan.yearName().strip(), plan.startDate(), plan.endDate()));
        Map<Integer, Long> newTerms = new HashMap<>();
        for (TermPlan t : plan.terms()) {
            newTerms.put(
                    t.number(),
                    structureAdmin.createTerm(
                            institutionId,
                            new NewTerm(yearId, t.number(), t.name().strip(), t.startDate(), t.endDate())));
        }
        List<Long> continuing = new ArrayList<>();
        int graduatedGroups = 0;
        int graduatedStudents = 0;
        for (GroupView g : now.groups()) {
            if (YearPlanner.graduates(g, plan)) {
                graduatedStudents += people.graduateGroup(
                        institutionId,
                        g.id(),
                        now.year().endDate(),
                        blankToNull(plan.orderNumber()),
                        recordedByAccount);
                structureAdmin.archiveGroup(institutionId, g.id());
                graduatedGroups++;
            } else {
                structureAdmin.advanceGroup(institutionId, g.id());
                continuing.add(g.id());
            }
        }
        List<CarriedAssignment> carried = carry(institutionId, now, continuing, newTerms);
        List<String> created = new ArrayList<>();
        for (NewGroupPlan n : plan.newGroups()) {
            if (n.include()) {
                if (n.name() == null || n.name().isBlank()) {
                    throw new FieldRejectedException("name", "yearOpening.problem.groupNameBlank");
                }
                structureAdmin.createGroup(
                        institutionId,
                        new NewGroup(
                                n.name(),
                                n.specialtyId(),
                                n.departmentId(),
                                1,
                                plan.startDate().getYear(),
                                null));
                created.add(n.name().strip());
            }
        }
        return new YearResult(
                plan.yearName().strip(), continuing.size(), graduatedGroups, graduatedStudents, created, carried);
    }

    private List<CarriedAssignment> carry(
            long institutionId, YearSnapshot now, List<Long> continuing, Map<Integer, Long> newTerms) {
        Map<Long, String> groupNames = new LinkedHashMap<>();
        now.groups().forEach(g -> groupNames.put(g.id(), g.name()));
        Map<Long, Integer> termNumbers = new HashMap<>();
        List<CarriedAssignment> carried = new ArrayList<>();
        for (TermView t : now.terms()) {
            Long target = newTerms.get(t.number());
            if (target == null) {
                continue;
            }
            termNumbers.put(target, t.number());
            for (AssignmentView a : teaching.copyToTerm(institutionId, continuing, t.id(), target)) {
                carried.add(YearPlanner.describe(a, groupNames, termNumbers, now.subjects(), now.staff()));
            }
        }
        return carried;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
