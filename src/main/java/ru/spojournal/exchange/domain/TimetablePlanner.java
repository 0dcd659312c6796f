package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.spojournal.exchange.domain.CollegeIndex.AssignmentRec;
import ru.spojournal.exchange.domain.CollegeIndex.GroupRec;
import ru.spojournal.exchange.domain.CollegeIndex.StaffRec;
import ru.spojournal.exchange.domain.CollegeIndex.SubjectRec;
import ru.spojournal.exchange.domain.Entries.SlotEntry;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.NewSlot;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.TimetableReplacement;

/**
 * The timetable (R2: lessons come from the timetable). Each row places a teaching assignment —
 * found by group, subgroup, subject, teacher and term — on a day, a пара of the bells and a week
 * parity. The file replaces the whole timetable of the groups and terms it names; slots that stay
 * as they were are left alone. Two slots of one group, or of one teacher, at the same time in
 * overlapping weeks are refused, within the file and against the other groups' timetables.
 */
final class TimetablePlanner {

    /** A row resolved: where its slot goes and for which assignment. */
    private record Placed(SlotEntry entry, Ref term, GroupRec group, AssignmentView assignment, NewSlot slot) {}

    private final CollegeIndex index;
    private final TimetableData.Data data;
    private final Plan plan;
    private final Problems problems;

    TimetablePlanner(CollegeIndex index, TimetableData.Data data, Plan plan, Problems problems) {
        this.index = index;
        this.data = data;
        this.plan = plan;
        this.problems = problems;
    }

    void plan(List<SlotEntry> entries) {
        List<Placed> placed = new ArrayList<>();
        for (SlotEntry e : entries) {
            if (e.src().broken()) {
                continue;
            }
            try {
                placed.add(place(e));
            } catch (RowRefused refused) {
                // reported where it was found
            }
        }
        Map<Ref, Set<Long>> groupsByTerm = new LinkedHashMap<>();
        placed.forEach(p -> groupsByTerm
                .computeIfAbsent(p.term(), t -> new HashSet<>())
                .add(p.group().ref.id()));
        List<Placed> clashFree = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (clashFree(placed, i, groupsByTerm)) {
                clashFree.add(placed.get(i));
            }
        }
        groupsByTerm.forEach((term, groups) -> planTerm(term, groups, clashFree));
    }

    private Placed place(SlotEntry e) {
        GroupRec group = index.group(e.group(), null);
        if (group == null) {
            throw refuse(e, "group", "exchange.group.unknown", e.group());
        }
        Ref subgroup = Ref.NONE;
        if (!Names.blank(e.subgroup())) {
            subgroup = index.subgroup(group.ref, e.subgroup());
            if (subgroup == null) {
                throw refuse(e, "subgroup", "exchange.subgroup.unknown", e.subgroup(), group.name);
            }
        }
        Ref term = index.terms.get(CollegeIndex.termKey(e.academicYear(), e.termNumber()));
        if (term == null) {
            throw refuse(e, "termNumber", "exchange.term.unknown", e.termNumber(), e.academicYear());
        }
        if (!data.periods().getOrDefault(e.day(), Set.of()).contains(e.period())) {
            throw refuse(e, "period", "exchange.timetable.period", e.period(), TimetableCells.DAYS.get(e.day() - 1));
        }
        StaffRec teacher = teacher(e);
        List<SubjectRec> subjects = subjects(e);
        List<AssignmentRec> found = new ArrayList<>();
        boolean otherTeacher = false;
        for (SubjectRec s : subjects) {
            AssignmentRec a = index.assignments.get(List.of(group.ref, subgroup, s.ref, term));
            if (a != null && a.teacherStaffId() != null && a.teacherStaffId().equals(teacher.ref.idOrNull())) {
                found.add(a);
            } else if (a != null) {
                otherTeacher = true;
            }
        }
        if (found.size() > 1) {
            throw refuse(e, "subject", "exchange.subject.ambiguous", e.subject());
        }
        if (found.isEmpty()) {
            throw refuse(
                    e,
                    "teacher",
                    otherTeacher ? "exchange.timetable.otherTeacher" : "exchange.timetable.noLoad",
                    e.teacher(),
                    e.subject(),
                    e.group() + (Names.blank(e.subgroup()) ? "" : ", " + e.subgroup()));
        }
        AssignmentView assignment = data.assignments().get(found.get(0).ref().id());
        return new Placed(
                e, term, group, assignment, new NewSlot(assignment.id(), e.day(), e.period(), e.parity(), e.room()));
    }

    private StaffRec teacher(SlotEntry e) {
        Ref person = index.personsByExternalId.get(e.teacher().strip());
        if (person != null) {
            StaffRec staff = index.staff.stream()
                    .filter(s -> s.person == person)
                    .findFirst()
                    .orElse(null);
            if (staff != null) {
                return staff;
            }
        }
        List<StaffRec> named = index.staffNamed(e.teacher());
        if (named.size() == 1) {
            return named.get(0);
        }
        throw refuse(
                e,
                "teacher",
                named.isEmpty() ? "exchange.timetable.teacherUnknown" : "exchange.staff.ambiguous",
                e.teacher(),
                named.size());
    }

    /** Subjects the cell may mean: by index (ОП.03), by name, or by both («ОП.03 Материаловедение»). */
    private List<SubjectRec> subjects(SlotEntry e) {
        String wanted = Names.norm(e.subject());
        List<SubjectRec> found = index.subjects.stream()
                .filter(s -> Names.norm(s.code).equals(wanted)
                        || Names.norm(s.name).equals(wanted)
                        || Names.norm(s.title()).equals(wanted))
                .toList();
        if (found.isEmpty()) {
            throw refuse(e, "subject", "exchange.subject.unknown", e.subject());
        }
        return found;
    }

    /** Whether row i meets no earlier row, nor a slot of a group the file leaves as it is. */
    private boolean clashFree(List<Placed> placed, int i, Map<Ref, Set<Long>> groupsByTerm) {
        Placed p = placed.get(i);
        for (int j = 0; j < i; j++) {
            Placed q = placed.get(j);
            String clash = q.term() == p.term() ? clash(p.slot(), p.assignment(), q.slot(), q.assignment()) : null;
            if (clash != null) {
                problems.error(
                        p.entry().src().at("period"),
                        "exchange.timetable." + clash,
                        clash.equals("groupBusy") ? p.group().name : p.entry().teacher(),
                        q.entry().src().row());
                return false;
            }
        }
        Set<Long> replaced = groupsByTerm.get(p.term());
        for (SlotView s : data.slots()) {
            AssignmentView other = data.assignments().get(s.assignmentId());
            if (other == null || !other.termId().equals(p.term().id()) || replaced.contains(other.groupId())) {
                continue;
            }
            NewSlot kept = new NewSlot(s.assignmentId(), s.dayOfWeek(), s.periodNumber(), s.parity(), s.room());
            if (clash(p.slot(), p.assignment(), kept, other) != null) {
                problems.error(
                        p.entry().src().at("period"),
                        "exchange.timetable.teacherBusyElsewhere",
                        p.entry().teacher(),
                        groupName(other.groupId()));
                return false;
            }
        }
        return true;
    }

    private static String clash(NewSlot a, AssignmentView aa, NewSlot b, AssignmentView ba) {
        if (a.dayOfWeek() != b.dayOfWeek() || a.periodNumber() != b.periodNumber()) {
            return null;
        }
        String key = TimetableReplacement.clash(aa, a.parity(), ba, b.parity());
        return key == null ? null : key.equals("slot.group.busy") ? "groupBusy" : "teacherBusy";
    }

    private void planTerm(Ref term, Set<Long> groups, List<Placed> placed) {
        List<NewSlot> wanted =
                placed.stream().filter(p -> p.term() == term).map(Placed::slot).toList();
        Set<NewSlot> missing = new HashSet<>(wanted);
        for (SlotView s : data.slots()) {
            AssignmentView a = data.assignments().get(s.assignmentId());
            if (a == null || !a.termId().equals(term.id()) || !groups.contains(a.groupId())) {
                continue;
            }
            boolean kept = missing.remove(
                    new NewSlot(s.assignmentId(), s.dayOfWeek(), s.periodNumber(), s.parity(), s.room()));
            plan.count(kept ? "exchange.count.slots.unchanged" : "exchange.count.slots.removed");
        }
        missing.forEach(m -> plan.count("exchange.count.slots.created"));
        plan.step(w -> w.timetable().replace(w.institutionId(), term.id(), groups, wanted));
    }

    private String groupName(long groupId) {
        return index.groupsByName.values().stream()
                .filter(g -> g.ref.idOrNull() != null && g.ref.idOrNull() == groupId)
                .map(g -> g.name)
                .findFirst()
                .orElse("?");
    }

    private RowRefused refuse(SlotEntry e, String field, String key, Object... args) {
        problems.error(e.src().at(field), key, args);
        return new RowRefused();
    }
}
