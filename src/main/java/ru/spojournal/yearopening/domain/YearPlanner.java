package ru.spojournal.yearopening.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.spojournal.people.StaffView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.yearopening.domain.YearPlan.FinalCourse;
import ru.spojournal.yearopening.domain.YearPlan.NewGroupPlan;
import ru.spojournal.yearopening.domain.YearPlan.TermPlan;
import ru.spojournal.yearopening.domain.YearPreview.CarriedAssignment;
import ru.spojournal.yearopening.domain.YearPreview.Graduation;
import ru.spojournal.yearopening.domain.YearPreview.GroupMove;
import ru.spojournal.yearopening.domain.YearPreview.NewGroup;
import ru.spojournal.yearopening.domain.YearPreview.Problem;

/** Proposes the next year from a snapshot of the current one, and tells what a plan would do. */
final class YearPlanner {

    private YearPlanner() {}

    static YearPlan propose(YearSnapshot now) {
        var start = now.year().startDate().plusYears(1);
        var end = now.year().endDate().plusYears(1);
        List<TermPlan> terms = now.terms().stream()
                .map(t -> new TermPlan(
                        t.number(),
                        t.name(),
                        t.startDate().plusYears(1),
                        t.endDate().plusYears(1)))
                .toList();
        Map<Long, GroupView> bySpecialty = new LinkedHashMap<>();
        now.groups().stream()
                .sorted(Comparator.comparing(GroupView::specialtyCode).thenComparing(GroupView::name))
                .forEach(g -> bySpecialty.putIfAbsent(g.specialtyId(), g));
        List<FinalCourse> finals = bySpecialty.keySet().stream()
                .map(s -> new FinalCourse(
                        s, YearRules.finalCourse(now.lastSemesters().getOrDefault(s, 0))))
                .toList();
        Map<Long, GroupView> firstYear = new LinkedHashMap<>();
        now.groups().stream()
                .filter(g -> g.course() == 1)
                .sorted(Comparator.comparing(GroupView::specialtyCode).thenComparing(GroupView::name))
                .forEach(g -> firstYear.putIfAbsent(g.specialtyId(), g));
        List<NewGroupPlan> newGroups = firstYear.values().stream()
                .map(g -> new NewGroupPlan(
                        g.specialtyId(),
                        g.departmentId(),
                        YearRules.groupName(g.name(), g.admissionYear(), start.getYear()),
                        true))
                .toList();
        return new YearPlan(YearRules.yearName(start, end), start, end, terms, finals, newGroups, null);
    }

    static YearPreview preview(YearSnapshot now, YearPlan plan, Set<String> takenNames) {
        List<Problem> problems = new ArrayList<>(planProblems(now, plan));
        List<GroupMove> moving = new ArrayList<>();
        List<Graduation> graduating = new ArrayList<>();
        for (GroupView g : now.groups()) {
            if (graduates(g, plan)) {
                graduating.add(new Graduation(g.id(), g.name(), g.specialtyCode(), g.course(), now.students(g.id())));
            } else {
                moving.add(new GroupMove(g.id(), g.name(), g.specialtyCode(), g.course(), g.course() + 1));
                if (g.course() >= 6) {
                    problems.add(problem("yearOpening.problem.courseTooHigh", g.name()));
                }
            }
        }
        List<NewGroup> newGroups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Long, GroupView> specialtyOf = new LinkedHashMap<>();
        now.groups().forEach(g -> specialtyOf.putIfAbsent(g.specialtyId(), g));
        for (NewGroupPlan n : plan.newGroups()) {
            if (!n.include()) {
                continue;
            }
            String name = n.name() == null ? "" : n.name().strip();
            GroupView spec = specialtyOf.get(n.specialtyId());
            newGroups.add(new NewGroup(
                    name, spec == null ? "" : spec.specialtyCode(), spec == null ? "" : spec.specialtyName()));
            if (name.isEmpty()) {
                problems.add(problem("yearOpening.problem.groupNameBlank"));
            } else if (!seen.add(name)) {
                problems.add(problem("yearOpening.problem.groupNameTwice", name));
            } else if (takenNames.contains(name)) {
                problems.add(problem("yearOpening.problem.groupNameTaken", name));
            }
        }
        return new YearPreview(now.year().name(), moving, graduating, newGroups, carried(now, plan), problems);
    }

    static boolean graduates(GroupView group, YearPlan plan) {
        return group.course() >= plan.finalCourseOf(group.specialtyId());
    }

    /** The assignments of continuing groups in the terms that the new year has too. */
    static List<AssignmentView> carriedAssignments(YearSnapshot now, YearPlan plan) {
        Set<Long> continuing = new HashSet<>();
        now.groups().stream().filter(g -> !graduates(g, plan)).forEach(g -> continuing.add(g.id()));
        Map<Long, Integer> termNumbers = new LinkedHashMap<>();
        now.terms().forEach(t -> termNumbers.put(t.id(), t.number()));
        Set<Integer> planned = new HashSet<>();
        plan.terms().forEach(t -> planned.add(t.number()));
        return now.assignments().stream()
                .filter(a -> continuing.contains(a.groupId()) && planned.contains(termNumbers.get(a.termId())))
                .toList();
    }

    private static List<CarriedAssignment> carried(YearSnapshot now, YearPlan plan) {
        Map<Long, String> groupNames = new LinkedHashMap<>();
        now.groups().forEach(g -> groupNames.put(g.id(), g.name()));
        Map<Long, Integer> termNumbers = new LinkedHashMap<>();
        now.terms().forEach(t -> termNumbers.put(t.id(), t.number()));
        return carriedAssignments(now, plan).stream()
                .map(a -> describe(a, groupNames, termNumbers, now.subjects(), now.staff()))
                .sorted(Comparator.comparing(CarriedAssignment::groupName)
                        .thenComparingInt(CarriedAssignment::termNumber)
                        .thenComparing(CarriedAssignment::subjectTitle))
                .toList();
    }

    static CarriedAssignment describe(
            AssignmentView a,
            Map<Long, String> groupNames,
            Map<Long, Integer> termNumbers,
            Map<Long, SubjectView> subjects,
            Map<Long, StaffView> staff) {
        SubjectView subject = subjects.get(a.subjectId());
        StaffView teacher = staff.get(a.teacherStaffId());
        return new CarriedAssignment(
                groupNames.get(a.groupId()),
                subject == null ? "" : subject.title(),
                teacher == null ? "" : teacher.name().initials(),
                termNumbers.getOrDefault(a.termId(), 0),
                a.plannedHours());
    }

    private static List<Problem> planProblems(YearSnapshot now, YearPlan plan) {
        List<Problem> problems = new ArrayList<>();
        if (now.alreadyOpened(plan.yearName())) {
            problems.add(problem("yearOpening.year.opened", plan.yearName()));
        }
        if (plan.yearName() == null || plan.yearName().isBlank()) {
            problems.add(problem("yearOpening.problem.yearNameBlank"));
        }
        if (!plan.endDate().isAfter(plan.startDate())) {
            problems.add(problem("yearOpening.problem.yearDates"));
        }
        for (TermPlan t : plan.terms()) {
            if (!t.endDate().isAfter(t.startDate())
                    || t.startDate().isBefore(plan.startDate())
                    || t.endDate().isAfter(plan.endDate())) {
                problems.add(problem("yearOpening.problem.termDates", t.name()));
            }
        }
        for (FinalCourse f : plan.finalCourses()) {
            if (f.course() < 1 || f.course() > 6) {
                problems.add(problem("yearOpening.problem.finalCourse"));
            }
        }
        return problems;
    }

    private static Problem problem(String key, Object... args) {
        return new Problem(key, args);
    }
}
