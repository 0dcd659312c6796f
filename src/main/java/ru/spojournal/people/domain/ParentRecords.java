package ru.spojournal.people.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleRecordAction;
import ru.spojournal.people.Relation;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;

/**
 * R10, R14: the administrator keeps the parents (legal representatives) and their links to
 * students. The link decides whose marks a parent sees, so each is made for one named relation
 * and can be undone; the parent, the student and their records stay.
 */
@Service
@Transactional
public class ParentRecords {

    /** The keys the list sorts by, its default first. */
    public static final List<String> SORTS = List.of("name");

    private final ParentRepository parents;
    private final PersonRepository persons;
    private final StudentRepository students;
    private final ParentLinkRepository links;
    private final UserAccountRepository accounts;
    private final PeopleSearch search;
    private final PeopleRecordEvents events;

    ParentRecords(
            ParentRepository parents,
            PersonRepository persons,
            StudentRepository students,
            ParentLinkRepository links,
            UserAccountRepository accounts,
            PeopleSearch search,
            PeopleRecordEvents events) {
        this.events = events;
        this.parents = parents;
        this.persons = persons;
        this.students = students;
        this.links = links;
        this.accounts = accounts;
        this.search = search;
    }

    @Transactional(readOnly = true)
    public Page<ParentListRow> find(long institutionId, ListQuery query) {
        return search.parents(institutionId, query);
    }

    @Transactional(readOnly = true)
    public ParentCard card(long institutionId, long parentId) {
        Parent parent = own(institutionId, parentId);
        Person p = parent.getPerson();
        UserAccount account = accounts.findByPersonIdIn(List.of(p.getId())).stream()
                .findFirst()
                .orElse(null);
        return new ParentCard(
                parent.getId(),
                parent.getVersion(),
                p.card(),
                p.getVersion(),
                account == null ? null : account.getId(),
                account == null ? null : account.getLogin(),
                search.childrenOf(parentId));
    }

    public long create(long institutionId, NewPerson person) {
        Person p = persons.save(new Person(
                institutionId, person.name(), person.sex(), person.birthDate(), person.email(), person.phone()));
        events.changed(institutionId, person.name(), PeopleRecordAction.PARENT_CREATED, null);
        return parents.save(new Parent(institutionId, p)).getId();
    }

    /** A new parent already linked to a student, both or neither. */
    public long createFor(long institutionId, NewPerson person, long studentId, Relation relation) {
        ownStudent(institutionId, studentId);
        long id = create(institutionId, person);
        link(institutionId, id, studentId, relation);
        return id;
    }

    public void edit(long institutionId, long parentId, NewPerson person, long version, long personVersion) {
        Parent parent = own(institutionId, parentId);
        Person p = parent.getPerson();
        if (parent.getVersion() != version || p.getVersion() != personVersion) {
            throw new ConflictException("parent", p.getVersion());
        }
        // The parent's form has no birth date: keep the one an import may have brought.
        p.update(person.name(), person.sex(), p.card().birthDate(), person.email(), person.phone());
        events.changed(institutionId, person.name(), PeopleRecordAction.PARENT_EDITED, null);
    }

    /** Links a student of the same college; a second link to the same student is refused. */
    public void link(long institutionId, long parentId, Long studentId, Relation relation) {
        Parent parent = own(institutionId, parentId);
        if (relation == null) {
            throw new FieldRejectedException("relation", "parent.relation.required");
        }
        if (studentId == null) {
            throw new FieldRejectedException("studentId", "parent.student.unknown");
        }
        Student student = ownStudent(institutionId, studentId);
        if (links.existsById(new ParentLink.Key(parentId, studentId))) {
            throw new FieldRejectedException("studentId", "parent.student.linked");
        }
        links.save(new ParentLink(institutionId, parentId, studentId, relation));
        events.changed(
                institutionId,
                parent.getPerson().name(),
                PeopleRecordAction.PARENT_LINKED,
                events.label("relation." + relation) + " → " + studentName(student));
    }

    /** Ends a link made by mistake or by a court's decision; the parent and the student stay. */
    public void unlink(long institutionId, long parentId, long studentId) {
        Parent parent = own(institutionId, parentId);
        links.findById(new ParentLink.Key(parentId, studentId))
                .filter(l -> l.institutionId() == institutionId)
                .ifPresent(l -> {
                    links.delete(l);
                    String child = students.findWithPerson(List.of(studentId)).stream()
                            .findFirst()
                            .map(ParentRecords::studentName)
                            .orElse("");
                    events.changed(
                            institutionId,
                            parent.getPerson().name(),
                            PeopleRecordAction.PARENT_UNLINKED,
                            events.label("relation." + l.relation()) + " → " + child);
                });
    }

    private static String studentName(Student student) {
        return student.getPerson().name().full();
    }

    private Student ownStudent(long institutionId, long studentId) {
        return students.findById(studentId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("studentId", "parent.student.unknown"));
    }

    private Parent own(long institutionId, long parentId) {
        return parents.findWithPerson(List.of(parentId)).stream()
                .filter(p -> p.getInstitutionId() == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("parent"));
    }
}
