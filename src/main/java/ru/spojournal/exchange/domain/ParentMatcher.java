package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.spojournal.exchange.domain.CollegeIndex.ParentRec;
import ru.spojournal.exchange.domain.Entries.ParentEntry;
import ru.spojournal.exchange.domain.Entries.StudentEntry;
import ru.spojournal.people.ParentLinkRow;
import ru.spojournal.people.PeopleCommands.NewParent;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.Relation;

/**
 * Parents of imported students, created and linked (R10: the link decides what a parent sees).
 * The same parent named for two children (same full name and the same phone or e-mail) is one
 * parent; a parent already linked to the student is found by name alone; a parent with an
 * external id (OneRoster) by that id.
 */
final class ParentMatcher {

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;
    private final Map<String, Ref> byContact = new HashMap<>();
    private final List<NewParent> created = new ArrayList<>();
    private final List<Ref> createdRefs = new ArrayList<>();
    private final List<Object[]> newLinks = new ArrayList<>();
    private final Map<Ref, List<ParentRec>> parentsOfStudent = new HashMap<>();
    private final Map<Ref, ParentRec> parentByPerson = new HashMap<>();

    ParentMatcher(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
        Map<Ref, ParentRec> byRef = new HashMap<>();
        for (ParentRec p : index.parents) {
            contactKeys(p.card().name().full(), p.card().phone(), p.card().email())
                    .forEach(k -> byContact.put(k, p.ref()));
            byRef.put(p.ref(), p);
            parentByPerson.put(p.person(), p);
        }
        for (List<Object> link : index.links) {
            ParentRec parent = byRef.get(link.get(0));
            if (parent != null) {
                parentsOfStudent
                        .computeIfAbsent((Ref) link.get(1), s -> new ArrayList<>())
                        .add(parent);
            }
        }
    }

    void plan(StudentEntry e, Ref student, boolean existingStudent) {
        for (ParentEntry p : e.parents()) {
            Ref parent = find(e, p, student, existingStudent);
            if (parent == null) {
                parent = create(p);
            }
            if (index.links.add(List.of(parent, student))) {
                newLinks.add(new Object[] {parent, student, p.relation() == null ? Relation.OTHER : p.relation()});
                plan.count("exchange.count.links.created");
            }
        }
    }

    private Ref find(StudentEntry e, ParentEntry p, Ref student, boolean existingStudent) {
        if (!Names.blank(p.externalId())) {
            Ref person = index.personsByExternalId.get(p.externalId().strip());
            if (person != null) {
                return parentOfPerson(e, p, person);
            }
        }
        String name = Names.person(p.name());
        if (existingStudent) {
            for (ParentRec rec : parentsOfStudent.getOrDefault(student, List.of())) {
                if (Names.person(rec.card().name()).equals(name)) {
                    return rec.ref();
                }
            }
        }
        for (String key : contactKeys(p.name().full(), p.phone(), p.email())) {
            Ref known = byContact.get(key);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    /** A person known by external id who is not a parent yet (a teacher whose child studies here). */
    private Ref parentOfPerson(StudentEntry e, ParentEntry p, Ref person) {
        Long personId = person.idOrNull();
        Ref parent = personId == null ? null : index.parentsByPersonId.get(personId);
        if (parent == null && parentByPerson.containsKey(person)) {
            parent = parentByPerson.get(person).ref();
        }
        if (parent != null) {
            return parent;
        }
        Ref made = Ref.pending(p.name().full());
        ParentRec rec = new ParentRec(made, person, card(p));
        index.parents.add(rec);
        parentByPerson.put(person, rec);
        plan.count("exchange.count.parents.created");
        plan.step(w -> made.created(w.people().createParentForPerson(w.institutionId(), person.id())));
        return made;
    }

    private Ref create(ParentEntry p) {
        Ref person = Ref.pending(p.name().full());
        Ref parent = Ref.pending(p.name().full());
        String externalId = Names.blank(p.externalId()) ? null : p.externalId().strip();
        ParentRec rec = new ParentRec(parent, person, card(p));
        index.parents.add(rec);
        parentByPerson.put(person, rec);
        if (externalId != null) {
            index.personsByExternalId.put(externalId, person);
        }
        contactKeys(p.name().full(), p.phone(), p.email()).forEach(k -> byContact.put(k, parent));
        created.add(new NewParent(new NewPerson(p.name(), p.sex(), null, p.email(), p.phone()), externalId));
        createdRefs.add(parent);
        plan.count("exchange.count.parents.created");
        return parent;
    }

    private static PersonCard card(ParentEntry p) {
        return new PersonCard(null, p.name(), p.sex(), null, p.email(), p.phone(), p.externalId(), null);
    }

    private static List<String> contactKeys(String fullName, String phone, String email) {
        List<String> keys = new ArrayList<>();
        String name = Names.norm(fullName);
        String digits = Names.digits(phone);
        if (digits.length() >= 5) {
            keys.add(name + "|tel:" + digits.substring(Math.max(0, digits.length() - 10)));
        }
        if (!Names.blank(email)) {
            keys.add(name + "|mail:" + Names.norm(email));
        }
        return keys;
    }

    void addBulkSteps() {
        for (int from = 0; from < created.size(); from += StudentPlanner.CHUNK) {
            List<NewParent> chunk = created.subList(from, Math.min(created.size(), from + StudentPlanner.CHUNK));
            List<Ref> refs = createdRefs.subList(from, Math.min(created.size(), from + StudentPlanner.CHUNK));
            plan.step(w -> {
                List<Long> ids = w.people().createParents(w.institutionId(), chunk);
                for (int i = 0; i < ids.size(); i++) {
                    refs.get(i).created(ids.get(i));
                }
            });
        }
        for (int from = 0; from < newLinks.size(); from += StudentPlanner.CHUNK) {
            List<Object[]> chunk = newLinks.subList(from, Math.min(newLinks.size(), from + StudentPlanner.CHUNK));
            plan.step(w -> w.people()
                    .linkParents(
                            w.institutionId(),
                            chunk.stream()
                                    .map(l -> new ParentLinkRow(((Ref) l[0]).id(), ((Ref) l[1]).id(), (Relation) l[2]))
                                    .toList()));
        }
    }

    Problems problems() {
        return problems;
    }
}
