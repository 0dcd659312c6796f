package ru.spojournal.people.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/** What a single slip says about its holder: a student's group, a parent's children, or staff. */
@Component
class SlipFacts {

    private final PersonRepository persons;
    private final StudentRepository students;
    private final ParentRepository parents;
    private final ParentLinkRepository links;
    private final CollegeStructure structure;

    SlipFacts(
            PersonRepository persons,
            StudentRepository students,
            ParentRepository parents,
            ParentLinkRepository links,
            CollegeStructure structure) {
        this.persons = persons;
        this.students = students;
        this.parents = parents;
        this.links = links;
        this.structure = structure;
    }

    CredentialSlip slip(UserAccount account, String oneTimePassword) {
        String college = structure.institution(account.getInstitutionId()).name();
        Long personId = account.getPersonId();
        if (personId == null) {
            return new CredentialSlip(
                    college, account.getLogin(), SlipRole.STAFF, null, null, account.getLogin(), oneTimePassword);
        }
        String name = persons.findById(personId).map(p -> p.name().full()).orElse(account.getLogin());
        var student = students.findByPersonId(personId);
        if (student.isPresent()) {
            return new CredentialSlip(
                    college,
                    name,
                    SlipRole.STUDENT,
                    groupNames(List.of(student.get())),
                    null,
                    account.getLogin(),
                    oneTimePassword);
        }
        var parent = parents.findByPersonId(personId);
        if (parent.isPresent()) {
            List<Student> children =
                    students.findWithPerson(links.childrenOf(parent.get().getId()));
            return new CredentialSlip(
                    college,
                    name,
                    SlipRole.PARENT,
                    groupNames(children),
                    children.stream().map(c -> c.getPerson().name().full()).collect(Collectors.joining(", ")),
                    account.getLogin(),
                    oneTimePassword);
        }
        return new CredentialSlip(college, name, SlipRole.STAFF, null, null, account.getLogin(), oneTimePassword);
    }

    private String groupNames(List<Student> found) {
        if (found.isEmpty()) {
            return null;
        }
        return structure
                .groupsByIds(found.stream().map(Student::getGroupId).distinct().toList())
                .stream()
                .map(GroupView::name)
                .collect(Collectors.joining(", "));
    }
}
