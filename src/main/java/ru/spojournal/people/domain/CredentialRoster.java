package ru.spojournal.people.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.people.StudentStatus;

/**
 * The people a group's credentials are issued to: its studying students and their parents, each
 * once, with their accounts. Five queries whatever the size of the group.
 */
@Component
class CredentialRoster {

    private final StudentRepository students;
    private final ParentLinkRepository links;
    private final ParentRepository parents;
    private final UserAccountRepository accounts;

    CredentialRoster(
            StudentRepository students,
            ParentLinkRepository links,
            ParentRepository parents,
            UserAccountRepository accounts) {
        this.students = students;
        this.links = links;
        this.parents = parents;
        this.accounts = accounts;
    }

    /** A person of the roster: the student, or the parent with the names of their children here. */
    record Holder(Person person, SlipRole role, List<String> children, UserAccount account) {}

    /** The holders in the order of the paper list: each student, then that student's parents. */
    Map<Long, Holder> of(long groupId) {
        List<Student> found = students.findInGroups(List.of(groupId), StudentStatus.STUDYING);
        List<ParentLink> parentLinks = found.isEmpty()
                ? List.of()
                : links.linksOfStudents(found.stream().map(Student::getId).toList());
        Map<Long, Parent> parentById = parentLinks.isEmpty()
                ? Map.of()
                : parents
                        .findWithPerson(parentLinks.stream()
                                .map(l -> l.key().parentId())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Parent::getId, Function.identity()));
        Map<Long, UserAccount> accountOf = accountsOf(found, parentById.values());
        Map<Long, Holder> holders = new LinkedHashMap<>();
        for (Student student : found) {
            Person person = student.getPerson();
            holders.putIfAbsent(
                    person.getId(), new Holder(person, SlipRole.STUDENT, List.of(), accountOf.get(person.getId())));
            for (ParentLink link : parentLinks) {
                if (link.key().studentId().equals(student.getId())) {
                    Person parent = parentById.get(link.key().parentId()).getPerson();
                    Holder holder = holders.computeIfAbsent(
                            parent.getId(),
                            id -> new Holder(parent, SlipRole.PARENT, new ArrayList<>(), accountOf.get(id)));
                    if (holder.role() == SlipRole.PARENT) {
                        holder.children().add(person.name().full());
                    }
                }
            }
        }
        return holders;
    }

    private Map<Long, UserAccount> accountsOf(Collection<Student> found, Collection<Parent> parentsFound) {
        List<Long> personIds = new ArrayList<>();
        found.forEach(s -> personIds.add(s.getPerson().getId()));
        parentsFound.forEach(p -> personIds.add(p.getPerson().getId()));
        Map<Long, UserAccount> result = new HashMap<>();
        if (!personIds.isEmpty()) {
            accounts.findByPersonIdIn(personIds).forEach(a -> result.putIfAbsent(a.getPersonId(), a));
        }
        return result;
    }
}
