package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.spojournal.exchange.domain.CollegeIndex.GroupRec;
import ru.spojournal.exchange.domain.CollegeIndex.StudentRec;
import ru.spojournal.exchange.domain.Entries.StudentEntry;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.PeopleCommands.Movement;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleCommands.NewStudent;
import ru.spojournal.people.StudentStatus;

/**
 * Students with their parents. A student is matched by external id, then by record-book number,
 * then by full name and birth date, then by full name within the group. The same student twice
 * in a file is an error, and said so plainly when the rows name two groups. An existing student
 * in another group is transferred, with the movement kept in the history. Subgroups named for
 * the student are created in the group when missing. New students and parents are created in
 * batches, so that 10,000 rows take seconds, not minutes.
 */
final class StudentPlanner {

    static final int CHUNK = 500;

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;
    private final ParentMatcher parents;
    private final Map<String, Seen> seen = new HashMap<>();
    private final List<NewStudent> created = new ArrayList<>();
    private final List<Ref> createdRefs = new ArrayList<>();
    private final List<List<Ref>> memberships = new ArrayList<>();
    private final Map<Ref, StudentRec> byPerson = new HashMap<>();
    private final Map<String, List<StudentRec>> byBook = new HashMap<>();
    private final Map<String, List<StudentRec>> byName = new HashMap<>();

    private record Seen(int row, GroupRec group) {}

    StudentPlanner(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
        this.parents = new ParentMatcher(index, plan, problems);
        index.students.forEach(this::remember);
    }

    /** Look-ups by key, so that matching 10,000 rows against 10,000 students stays linear. */
    private void remember(StudentRec s) {
        byPerson.put(s.person, s);
        if (!Names.blank(s.recordBook)) {
            byBook.computeIfAbsent(Names.norm(s.recordBook), k -> new ArrayList<>())
                    .add(s);
        }
        byName.computeIfAbsent(Names.person(s.card.name()), k -> new ArrayList<>())
                .add(s);
    }

    void plan(List<StudentEntry> entries) {
        for (StudentEntry e : entries) {
            if (e.src().broken()) {
                continue;
            }
            try {
                planOne(e);
            } catch (RowRefused refused) {
                // reported where it was found
            }
        }
        addBulkSteps();
    }

    private void planOne(StudentEntry e) {
        GroupRec group = index.group(e.group(), e.groupExternalId());
        if (group == null) {
            problems.error(e.src().at("group"), "exchange.group.unknown", e.group());
            throw new RowRefused();
        }
        once(e, group);
        StudentRec match = match(e, group);
        Ref student;
        if (match == null) {
            student = create(e, group);
        } else {
            update(e, match, group);
            student = match.ref;
        }
        for (String name : e.subgroups()) {
            Ref subgroup = subgroup(group, name);
            List<Object> key = List.of(subgroup, student);
            if (index.members.add(key)) {
                memberships.add(List.of(subgroup, student));
                plan.count("exchange.count.subgroupMembers.created");
            }
        }
        parents.plan(e, student, match != null);
    }

    /**
     * The same student twice: by external id; else by record book; else by name and birth date.
     * Namesakes born the same day are told apart by their record books.
     */
    private void once(StudentEntry e, GroupRec group) {
        List<String> keys = new ArrayList<>();
        if (!Names.blank(e.externalId())) {
            keys.add("ext:" + e.externalId().strip());
        } else if (!Names.blank(e.recordBook())) {
            keys.add("book:" + Names.norm(e.recordBook()));
        } else if (e.person().birthDate() != null) {
            keys.add(
                    "born:" + Names.person(e.person().name()) + "|" + e.person().birthDate());
        }
        for (String key : keys) {
            Seen earlier = seen.putIfAbsent(key, new Seen(e.src().row(), group));
            if (earlier != null) {
                if (earlier.group() != group) {
                    problems.error(
                            e.src().at("group"),
                            "exchange.student.twoGroups",
                            e.person().name().full(),
                            earlier.group().name,
                            earlier.row(),
                            group.name);
                } else {
                    problems.error(e.src().at(), "exchange.row.duplicate", earlier.row());
                }
                throw new RowRefused();
            }
        }
    }

    private StudentRec match(StudentEntry e, GroupRec group) {
        if (!Names.blank(e.externalId())) {
            Ref person = index.personsByExternalId.get(e.externalId().strip());
            if (person != null) {
                StudentRec owner = byPerson.get(person);
                if (owner == null) {
                    problems.error(
                            e.src().at("externalId"),
                            "exchange.externalId.otherPerson",
                            e.externalId(),
                            person.label());
                    throw new RowRefused();
                }
                return owner;
            }
        }
        java.util.function.Predicate<StudentRec> free = s -> Names.blank(e.externalId()) || s.card.externalId() == null;
        if (!Names.blank(e.recordBook())) {
            List<StudentRec> book = byBook.getOrDefault(Names.norm(e.recordBook()), List.of()).stream()
                    .filter(free)
                    .toList();
            if (book.size() == 1) {
                return book.get(0);
            }
        }
        List<StudentRec> named = byName.getOrDefault(Names.person(e.person().name()), List.of()).stream()
                .filter(free)
                .toList();
        if (e.person().birthDate() != null) {
            List<StudentRec> born = named.stream()
                    .filter(s -> e.person().birthDate().equals(s.card.birthDate()))
                    .toList();
            return born.size() == 1 ? born.get(0) : null;
        }
        List<StudentRec> inGroup =
                named.stream().filter(s -> s.group == group.ref).toList();
        return inGroup.size() == 1 ? inGroup.get(0) : null;
    }

    private Ref create(StudentEntry e, GroupRec group) {
        Ref person = Ref.pending(e.person().name().full());
        Ref student = Ref.pending(e.person().name().full());
        String externalId = Names.blank(e.externalId()) ? null : e.externalId().strip();
        StudentRec rec = new StudentRec(
                student,
                person,
                new ru.spojournal.people.PersonCard(
                        null,
                        e.person().name(),
                        e.person().sex(),
                        e.person().birthDate(),
                        e.person().email(),
                        e.person().phone(),
                        externalId,
                        null),
                group.ref,
                StudentStatus.STUDYING,
                e.recordBook(),
                e.admittedOn());
        index.students.add(rec);
        remember(rec);
        if (externalId != null) {
            index.personsByExternalId.put(externalId, person);
        }
        created.add(new NewStudent(newPerson(e), externalId, 0, blankToNull(e.recordBook()), e.admittedOn()));
        createdRefs.add(student);
        pendingGroups.add(group.ref);
        plan.count("exchange.count.students.created");
        return student;
    }

    private final List<Ref> pendingGroups = new ArrayList<>();

    private void update(StudentEntry e, StudentRec match, GroupRec group) {
        NewPerson person = newPerson(e);
        boolean personChanged = PersonChanges.differ(match.card, person);
        String book = blankToNull(e.recordBook());
        boolean recordChanged = !Objects.equals(match.recordBook, book)
                || e.admittedOn() != null && !e.admittedOn().equals(match.admittedOn);
        String externalId =
                Names.blank(e.externalId()) || e.externalId().strip().equals(match.card.externalId())
                        ? null
                        : e.externalId().strip();
        boolean moved = match.group != group.ref;
        if (moved && match.status != StudentStatus.STUDYING) {
            problems.error(
                    e.src().at("group"),
                    "exchange.student.notStudying",
                    e.person().name().full());
            throw new RowRefused();
        }
        if (!personChanged && !recordChanged && externalId == null && !moved) {
            plan.count("exchange.count.students.unchanged");
            return;
        }
        plan.count(moved ? "exchange.count.students.transferred" : "exchange.count.students.updated");
        match.group = group.ref;
        java.time.LocalDate admitted = e.admittedOn() == null ? match.admittedOn : e.admittedOn();
        plan.step(w -> {
            if (personChanged) {
                w.people().updatePerson(w.institutionId(), match.person.id(), person);
            }
            if (recordChanged) {
                w.people().updateStudent(w.institutionId(), match.ref.id(), book, admitted);
            }
            if (externalId != null) {
                w.people().identifyPerson(w.institutionId(), match.person.id(), externalId);
            }
            if (moved) {
                w.people()
                        .moveStudent(
                                w.institutionId(),
                                match.ref.id(),
                                new Movement(
                                        MovementKind.TRANSFER, group.ref.id(), java.time.LocalDate.now(), null, null),
                                null);
            }
        });
    }

    private Ref subgroup(GroupRec group, String name) {
        Ref existing = index.subgroup(group.ref, name);
        if (existing != null) {
            return existing;
        }
        Ref created = Ref.pending(name.strip());
        index.subgroups.computeIfAbsent(group.ref, g -> new HashMap<>()).put(Names.norm(name), created);
        plan.count("exchange.count.subgroups.created");
        plan.step(
                w -> created.created(w.structure().createSubgroup(w.institutionId(), group.ref.id(), created.label())));
        return created;
    }

    private void addBulkSteps() {
        for (int from = 0; from < created.size(); from += CHUNK) {
            int to = Math.min(created.size(), from + CHUNK);
            List<NewStudent> chunk = created.subList(from, to);
            List<Ref> refs = createdRefs.subList(from, to);
            List<Ref> groups = pendingGroups.subList(from, to);
            plan.step(w -> {
                List<NewStudent> cmds = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    NewStudent c = chunk.get(i);
                    cmds.add(new NewStudent(
                            c.person(), c.externalId(), groups.get(i).id(), c.recordBookNumber(), c.admittedOn()));
                }
                List<Long> ids = w.people().admitStudents(w.institutionId(), cmds);
                for (int i = 0; i < ids.size(); i++) {
                    refs.get(i).created(ids.get(i));
                }
            });
        }
        parents.addBulkSteps();
        for (int from = 0; from < memberships.size(); from += CHUNK) {
            List<List<Ref>> chunk = memberships.subList(from, Math.min(memberships.size(), from + CHUNK));
            plan.step(w -> chunk.forEach(m -> w.structure()
                    .addSubgroupMember(
                            w.institutionId(), m.get(0).id(), m.get(1).id())));
        }
    }

    private static NewPerson newPerson(StudentEntry e) {
        return new NewPerson(
                e.person().name(),
                e.person().sex(),
                e.person().birthDate(),
                e.person().email(),
                e.person().phone());
    }

    private static String blankToNull(String text) {
        return Names.blank(text) ? null : text.strip();
    }
}
