package ru.spojournal.exchange.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.spojournal.exchange.domain.CollegeIndex.AssignmentRec;
import ru.spojournal.exchange.domain.CollegeIndex.GroupRec;
import ru.spojournal.exchange.domain.CollegeIndex.StaffRec;
import ru.spojournal.exchange.domain.CollegeIndex.SubjectRec;
import ru.spojournal.exchange.domain.Entries.AssignmentEntry;

/**
 * The teaching load (R2, R8: whose journals are whose). An assignment is keyed by group,
 * subgroup, subject and term; importing it again with another teacher or other hours changes the
 * existing assignment, whose journal stays with it.
 */
final class AssignmentPlanner {

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;
    private final Map<List<Object>, Integer> seen = new HashMap<>();

    AssignmentPlanner(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
    }

    void plan(List<AssignmentEntry> entries) {
        for (AssignmentEntry e : entries) {
            if (e.src().broken()) {
                continue;
            }
            try {
                planOne(e);
            } catch (RowRefused refused) {
                // reported where it was found
            }
        }
    }

    private void planOne(AssignmentEntry e) {
        StaffRec teacher = teacher(e);
        GroupRec group = index.group(e.group(), e.groupExternalId());
        if (group == null) {
            problems.error(e.src().at("group"), "exchange.group.unknown", e.group());
            throw new RowRefused();
        }
        Ref subgroup = Ref.NONE;
        if (!Names.blank(e.subgroup())) {
            subgroup = index.subgroup(group.ref, e.subgroup());
            if (subgroup == null) {
                problems.error(e.src().at("subgroup"), "exchange.subgroup.unknown", e.subgroup(), group.name);
                throw new RowRefused();
            }
        }
        SubjectRec subject = SubjectFinder.find(index, e.subject(), e.src().at("subjectCode"), problems);
        Ref term = index.terms.get(CollegeIndex.termKey(e.academicYear(), e.termNumber()));
        if (term == null) {
            problems.error(e.src().at("termNumber"), "exchange.term.unknown", e.termNumber(), e.academicYear());
            throw new RowRefused();
        }
        List<Object> key = List.of(group.ref, subgroup, subject.ref, term);
        Integer earlier = seen.putIfAbsent(key, e.src().row());
        if (earlier != null) {
            problems.error(e.src().at(), "exchange.assignment.duplicate", earlier);
            throw new RowRefused();
        }
        AssignmentRec existing = index.assignments.get(key);
        Ref sub = subgroup;
        if (existing == null) {
            plan.count("exchange.count.assignments.created");
            plan.step(w -> w.teaching()
                    .assign(
                            w.institutionId(),
                            teacher.ref.id(),
                            group.ref.id(),
                            sub == Ref.NONE ? null : sub.id(),
                            subject.ref.id(),
                            term.id(),
                            e.hours()));
        } else if (!Objects.equals(existing.teacherStaffId(), teacher.ref.idOrNull())
                || existing.hours() != e.hours()) {
            plan.count("exchange.count.assignments.updated");
            plan.step(
                    w -> w.teaching().reassign(w.institutionId(), existing.ref().id(), teacher.ref.id(), e.hours()));
        } else {
            plan.count("exchange.count.assignments.unchanged");
        }
    }

    private StaffRec teacher(AssignmentEntry e) {
        if (!Names.blank(e.teacherExternalId())) {
            Ref person = index.personsByExternalId.get(e.teacherExternalId().strip());
            StaffRec staff = person == null
                    ? null
                    : index.staff.stream()
                            .filter(s -> s.person == person)
                            .findFirst()
                            .orElse(null);
            if (staff == null) {
                problems.error(
                        e.src().at("teacherExternalId"), "exchange.staff.unknownExternalId", e.teacherExternalId());
                throw new RowRefused();
            }
            return staff;
        }
        List<StaffRec> named = index.staffNamed(e.teacher());
        if (named.size() == 1) {
            return named.get(0);
        }
        problems.error(
                e.src().at("teacher"),
                named.isEmpty() ? "exchange.staff.unknown" : "exchange.staff.ambiguous",
                e.teacher(),
                named.size());
        throw new RowRefused();
    }
}
