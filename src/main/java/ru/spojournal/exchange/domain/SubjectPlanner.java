package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.spojournal.exchange.domain.CollegeIndex.CurriculumRec;
import ru.spojournal.exchange.domain.CollegeIndex.SpecialtyRec;
import ru.spojournal.exchange.domain.CollegeIndex.SubjectRec;
import ru.spojournal.exchange.domain.Entries.SubjectEntry;
import ru.spojournal.structure.StructureCommands.NewCurriculumRow;
import ru.spojournal.structure.StructureCommands.NewSubject;

/**
 * Subjects and curricula: a row names a subject (code, name, kind and, for an МДК or a practice,
 * its ПМ) and, optionally, its hours and attestation in a semester of a specialty. A subject is
 * the same subject when code, name and module agree; a curriculum row is keyed by specialty,
 * subject and semester. Modules are planned first, so that a file can list them in any order.
 */
final class SubjectPlanner {

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;
    private final Map<SubjectRec, Integer> planned = new HashMap<>();
    private final Map<List<Object>, Integer> seenRows = new HashMap<>();

    SubjectPlanner(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
    }

    void plan(List<SubjectEntry> entries) {
        List<SubjectEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(e -> e.kind() != ru.spojournal.structure.SubjectKind.MODULE));
        for (SubjectEntry e : ordered) {
            if (e.src().broken()) {
                continue;
            }
            try {
                SubjectRec subject = subject(e);
                if (!Names.blank(e.specialtyCode())) {
                    curriculum(e, subject);
                }
            } catch (RowRefused refused) {
                // reported where it was found
            }
        }
    }

    private SubjectRec subject(SubjectEntry e) {
        SubjectRec parent = Names.blank(e.subject().moduleCode())
                ? null
                : SubjectFinder.module(
                        index,
                        e.subject().moduleCode(),
                        e.subject().moduleName(),
                        e.src().at("moduleCode"),
                        problems);
        SubjectRec match = index.subjects.stream()
                .filter(s -> Names.norm(s.code).equals(Names.norm(e.subject().code()))
                        && Names.norm(s.name).equals(Names.norm(e.subject().name()))
                        && s.parent == parent)
                .findFirst()
                .orElse(null);
        if (match == null) {
            SubjectRec created = new SubjectRec(
                    Ref.pending(e.subject().code()),
                    e.subject().code().strip(),
                    e.subject().name().strip(),
                    e.kind(),
                    parent);
            index.subjects.add(created);
            planned.put(created, e.src().row());
            plan.count("exchange.count.subjects.created");
            NewSubject cmd = new NewSubject(created.code, created.name, created.kind, null);
            plan.step(w -> created.ref.created(w.structure()
                    .createSubject(
                            w.institutionId(),
                            new NewSubject(
                                    cmd.code(), cmd.name(), cmd.kind(), parent == null ? null : parent.ref.id()))));
            return created;
        }
        Integer earlier = planned.get(match);
        if (earlier != null) {
            if (match.kind != e.kind()) {
                problems.error(e.src().at("subjectKind"), "exchange.subject.kindDiffers", earlier);
                throw new RowRefused();
            }
            return match;
        }
        planned.put(match, e.src().row());
        if (match.kind != e.kind()) {
            match.kind = e.kind();
            plan.count("exchange.count.subjects.updated");
            plan.step(w -> w.structure()
                    .updateSubject(
                            w.institutionId(), match.ref.id(), e.kind(), parent == null ? null : parent.ref.id()));
        } else {
            plan.count("exchange.count.subjects.unchanged");
        }
        return match;
    }

    private void curriculum(SubjectEntry e, SubjectRec subject) {
        SpecialtyRec specialty = index.specialties.get(Names.norm(e.specialtyCode()));
        if (specialty == null) {
            problems.error(e.src().at("specialtyCode"), "exchange.specialty.unknownHere", e.specialtyCode());
            throw new RowRefused();
        }
        if (e.semester() == null || e.hours() == null || e.form() == null) {
            String missing = e.semester() == null ? "semester" : e.hours() == null ? "hours" : "attestation";
            problems.error(e.src().at(missing), "exchange.curriculum.incomplete");
            throw new RowRefused();
        }
        List<Object> key = List.of(specialty.ref(), subject.ref, e.semester());
        Integer earlier = seenRows.putIfAbsent(key, e.src().row());
        if (earlier != null) {
            problems.error(e.src().at("semester"), "exchange.row.duplicate", earlier);
            throw new RowRefused();
        }
        CurriculumRec existing = index.curriculum.get(key);
        if (existing == null) {
            plan.count("exchange.count.curriculum.created");
            plan.step(w -> w.structure()
                    .addCurriculumRow(
                            w.institutionId(),
                            new NewCurriculumRow(
                                    specialty.ref().id(), subject.ref.id(), e.semester(), e.hours(), e.form())));
        } else if (existing.hours() != e.hours() || existing.form() != e.form()) {
            plan.count("exchange.count.curriculum.updated");
            plan.step(w -> w.structure().updateCurriculumRow(w.institutionId(), existing.id(), e.hours(), e.form()));
        } else {
            plan.count("exchange.count.curriculum.unchanged");
        }
    }
}
