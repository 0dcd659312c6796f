package ru.spojournal.exchange.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.spojournal.exchange.domain.CollegeIndex.GroupRec;
import ru.spojournal.exchange.domain.CollegeIndex.SpecialtyRec;
import ru.spojournal.exchange.domain.CollegeIndex.StaffRec;
import ru.spojournal.exchange.domain.Entries.GroupEntry;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewSpecialty;

/**
 * Groups: matched by external id, then by name. A specialty unknown to the college is created
 * when the row names it; a department is created by name. The curator is a member of staff
 * named in full; a name two people share needs the curator's external id.
 */
final class GroupPlanner {

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;
    private final Map<String, Integer> seen = new HashMap<>();

    GroupPlanner(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
    }

    void plan(List<GroupEntry> entries) {
        for (GroupEntry e : entries) {
            if (e.src().broken()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(Names.norm(e.name()), e.src().row());
            if (earlier == null && !Names.blank(e.externalId())) {
                earlier = seen.putIfAbsent("#" + e.externalId().strip(), e.src().row());
            }
            if (earlier != null) {
                problems.error(e.src().at("groupName"), "exchange.row.duplicate", earlier);
                continue;
            }
            try {
                planOne(e);
            } catch (RowRefused refused) {
                // reported where it was found
            }
        }
    }

    private void planOne(GroupEntry e) {
        Ref specialty = specialty(e);
        Ref department = plan.department(index, e.department());
        Ref curator = curator(e);
        GroupRec match = index.group(e.name(), e.externalId());
        if (match != null
                && !Names.blank(e.externalId())
                && match.externalId != null
                && !match.externalId.equals(e.externalId().strip())) {
            problems.error(e.src().at("groupName"), "exchange.group.otherExternalId", e.name(), match.externalId);
            throw new RowRefused();
        }
        String externalId = Names.blank(e.externalId()) ? null : e.externalId().strip();
        if (match == null) {
            create(e, specialty, department, curator, externalId);
        } else {
            update(e, match, specialty, department, curator, externalId);
        }
    }

    private Ref specialty(GroupEntry e) {
        SpecialtyRec known = index.specialties.get(Names.norm(e.specialtyCode()));
        if (known != null) {
            return known.ref();
        }
        if (Names.blank(e.specialtyName())) {
            problems.error(e.src().at("specialtyCode"), "exchange.specialty.unknown", e.specialtyCode());
            throw new RowRefused();
        }
        Ref created = Ref.pending(e.specialtyCode().strip());
        index.specialties.put(
                Names.norm(e.specialtyCode()),
                new SpecialtyRec(
                        created, e.specialtyCode().strip(), e.specialtyName().strip()));
        plan.count("exchange.count.specialties.created");
        NewSpecialty cmd = new NewSpecialty(
                e.specialtyCode().strip(),
                e.specialtyName().strip(),
                Names.blank(e.qualification()) ? null : e.qualification().strip());
        plan.step(w -> created.created(w.structure().createSpecialty(w.institutionId(), cmd)));
        return created;
    }

    private Ref curator(GroupEntry e) {
        if (!Names.blank(e.curatorExternalId())) {
            Ref person = index.personsByExternalId.get(e.curatorExternalId().strip());
            StaffRec staff = person == null
                    ? null
                    : index.staff.stream()
                            .filter(s -> s.person == person)
                            .findFirst()
                            .orElse(null);
            if (staff == null) {
                problems.error(
                        e.src().at("curatorExternalId"), "exchange.staff.unknownExternalId", e.curatorExternalId());
                throw new RowRefused();
            }
            return staff.ref;
        }
        if (Names.blank(e.curator())) {
            return null;
        }
        List<StaffRec> named = index.staffNamed(e.curator());
        if (named.isEmpty()) {
            problems.error(e.src().at("curator"), "exchange.staff.unknown", e.curator());
            throw new RowRefused();
        }
        if (named.size() > 1) {
            problems.error(e.src().at("curator"), "exchange.staff.ambiguous", e.curator(), named.size());
            throw new RowRefused();
        }
        return named.get(0).ref;
    }

    private void create(GroupEntry e, Ref specialty, Ref department, Ref curator, String externalId) {
        GroupRec rec = new GroupRec(Ref.pending(e.name().strip()));
        rec.name = e.name().strip();
        rec.specialty = specialty;
        rec.department = department;
        rec.course = e.course();
        rec.admissionYear = e.admissionYear();
        rec.curator = curator;
        rec.externalId = externalId;
        index.groupsByName.put(Names.norm(e.name()), rec);
        if (externalId != null) {
            index.groupsByExternalId.put(externalId, rec);
        }
        plan.count("exchange.count.groups.created");
        plan.step(w -> {
            long id = w.structure()
                    .createGroup(
                            w.institutionId(),
                            new NewGroup(
                                    rec.name,
                                    specialty.id(),
                                    department.id(),
                                    rec.course,
                                    rec.admissionYear,
                                    curator == null ? null : curator.id()));
            rec.ref.created(id);
            if (externalId != null) {
                w.structure().identifyGroup(w.institutionId(), id, externalId);
            }
        });
    }

    private void update(GroupEntry e, GroupRec match, Ref specialty, Ref department, Ref curator, String externalId) {
        Long curatorId = curator == null ? null : curator.idOrNull();
        boolean changed = !match.name.equals(e.name().strip())
                || match.specialty != specialty
                || match.department != department
                || match.course != e.course()
                || match.admissionYear != e.admissionYear()
                || !Objects.equals(match.curatorStaffId, curatorId)
                || curator != null && curator.isNew();
        boolean identify = externalId != null && !externalId.equals(match.externalId);
        if (!changed && !identify) {
            plan.count("exchange.count.groups.unchanged");
            return;
        }
        plan.count("exchange.count.groups.updated");
        if (!match.name.equals(e.name().strip())) {
            index.groupsByName.remove(Names.norm(match.name));
            index.groupsByName.put(Names.norm(e.name()), match);
        }
        NewGroup cmdName = new NewGroup(e.name().strip(), null, null, e.course(), e.admissionYear(), null);
        plan.step(w -> {
            if (changed) {
                w.structure()
                        .updateGroup(
                                w.institutionId(),
                                match.ref.id(),
                                new NewGroup(
                                        cmdName.name(),
                                        specialty.id(),
                                        department.id(),
                                        cmdName.course(),
                                        cmdName.admissionYear(),
                                        curator == null ? null : curator.id()));
            }
            if (identify) {
                w.structure().identifyGroup(w.institutionId(), match.ref.id(), externalId);
            }
        });
    }
}
