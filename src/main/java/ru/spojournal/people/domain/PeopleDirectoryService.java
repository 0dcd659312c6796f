package ru.spojournal.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountLoginRow;
import ru.spojournal.people.Contact;
import ru.spojournal.people.GuardianView;
import ru.spojournal.people.LoginHistoryRow;
import ru.spojournal.people.MovementView;
import ru.spojournal.people.ParentLinkRow;
import ru.spojournal.people.ParentRow;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.StaffRow;
import ru.spojournal.people.StaffView;
import ru.spojournal.people.StudentRow;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.people.StudentView;

/**
 * Read access to people for the other modules. Every list comes with names in one query, so that
 * a page of thirty students costs the same as a page of three.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectoryService implements PeopleDirectory {

    private final StaffRepository staff;
    private final StudentRepository students;
    private final StudentMovementRepository movements;
    private final ParentRepository parents;
    private final ParentLinkRepository links;
    private final PersonRepository persons;
    private final UserAccountRepository accounts;
    private final LoginEventRepository logins;

    PeopleDirectoryService(
            StaffRepository staff,
            StudentRepository students,
            StudentMovementRepository movements,
            ParentRepository parents,
            ParentLinkRepository links,
            PersonRepository persons,
            UserAccountRepository accounts,
            LoginEventRepository logins) {
        this.staff = staff;
        this.students = students;
        this.movements = movements;
        this.parents = parents;
        this.links = links;
        this.persons = persons;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public Optional<StaffView> staff(long institutionId, long staffId) {
        return staff.findWithPerson(List.of(staffId)).stream()
                .filter(s -> sameInstitution(s, institutionId))
                .map(Staff::view)
                .findFirst();
    }

    @Override
    public List<StaffView> staffByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : staff.findWithPerson(ids).stream().map(Staff::view).toList();
    }

    @Override
    public List<StaffView> activeStaff(long institutionId) {
        return staff.findActive(institutionId).stream().map(Staff::view).toList();
    }

    @Override
    public List<StudentView> studentsOfGroups(Collection<Long> groupIds) {
        return groupIds.isEmpty()
                ? List.of()
                : students.findInGroups(groupIds, StudentStatus.STUDYING).stream()
                        .map(Student::view)
                        .toList();
    }

    @Override
    public List<StudentView> studentsByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : students.findWithPerson(ids).stream().map(Student::view).toList();
    }

    @Override
    public Optional<StudentView> student(long institutionId, long studentId) {
        return students.findWithPerson(List.of(studentId)).stream()
                .filter(s -> sameInstitution(s, institutionId))
                .map(Student::view)
                .findFirst();
    }

    @Override
    public List<MovementView> history(long studentId) {
        return movements.historyOf(studentId).stream()
                .map(StudentMovement::view)
                .toList();
    }

    @Override
    public List<Long> childrenOf(long parentId) {
        return links.childrenOf(parentId);
    }

    @Override
    public List<GuardianView> guardiansOf(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        List<ParentLink> found = links.linksOfStudents(studentIds);
        var byId = parents
                .findWithPerson(
                        found.stream().map(l -> l.key().parentId()).distinct().toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(Parent::getId, p -> p));
        return found.stream()
                .map(l -> {
                    Person p = byId.get(l.key().parentId()).getPerson();
                    return new GuardianView(
                            l.key().parentId(),
                            l.key().studentId(),
                            p.name(),
                            l.relation(),
                            p.getPhone(),
                            p.getEmail());
                })
                .toList();
    }

    @Override
    public Optional<PersonName> personName(long personId) {
        return persons.findById(personId).map(Person::name);
    }

    @Override
    public java.util.Map<Long, Long> studentCounts(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return java.util.Map.of();
        }
        return students.countByGroups(groupIds).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public long studentCount(long institutionId) {
        return students.countStudying(institutionId);
    }

    @Override
    public long staffCount(long institutionId) {
        return staff.countActive(institutionId);
    }

    @Override
    public long accountCount(long institutionId) {
        return accounts.countOf(institutionId);
    }

    @Override
    public java.util.Map<Long, String> accountNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] row : accounts.namesOf(accountIds)) {
            String name = row[2] == null
                    ? (String) row[1]
                    : new PersonName((String) row[2], (String) row[3], (String) row[4]).initials();
            names.put((Long) row[0], name);
        }
        return names;
    }

    @Override
    public java.util.Map<Long, List<Contact>> familyOf(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Student> found = students.findWithPerson(studentIds);
        List<ParentLink> parentLinks = links.linksOfStudents(studentIds);
        java.util.Map<Long, Parent> parentById =
                parents
                        .findWithPerson(parentLinks.stream()
                                .map(l -> l.key().parentId())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Parent::getId, p -> p));
        java.util.Set<Long> personIds = new java.util.HashSet<>();
        found.forEach(st -> personIds.add(st.getPerson().getId()));
        parentById.values().forEach(p -> personIds.add(p.getPerson().getId()));
        java.util.Map<Long, Long> accountOfPerson = accounts.findByPersonIdIn(personIds).stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::getPersonId, UserAccount::getId, (a, b) -> a));
        java.util.Map<Long, List<Contact>> result = new java.util.HashMap<>();
        for (Student st : found) {
            List<Contact> family = new java.util.ArrayList<>();
            contact(st.getPerson(), accountOfPerson, Contact.Kind.STUDENT).ifPresent(family::add);
            parentLinks.stream()
                    .filter(l -> l.key().studentId().equals(st.getId()))
                    .map(l -> parentById.get(l.key().parentId()))
                    .forEach(p -> contact(p.getPerson(), accountOfPerson, Contact.Kind.PARENT)
                            .ifPresent(family::add));
            result.put(st.getId(), family);
        }
        return result;
    }

    @Override
    public List<ParentWithChildren> parentsWithAccounts(long institutionId) {
        List<Object[]> rows = accounts.parentAccounts(institutionId);
        java.util.Map<Long, List<Long>> children = new java.util.HashMap<>();
        for (ParentLink l : links.ofInstitution(institutionId)) {
            children.computeIfAbsent(l.key().parentId(), k -> new java.util.ArrayList<>())
                    .add(l.key().studentId());
        }
        return rows.stream()
                .map(r -> new ParentWithChildren(
                        new Contact(
                                (Long) r[0],
                                (Long) r[1],
                                new PersonName((String) r[3], (String) r[4], (String) r[5]).full(),
                                (String) r[6],
                                Contact.Kind.PARENT),
                        children.getOrDefault((Long) r[2], List.of())))
                .toList();
    }

    @Override
    public Optional<Contact> staffContact(long staffId) {
        return staff.findWithPerson(List.of(staffId)).stream()
                .findFirst()
                .flatMap(s -> contact(
                        s.getPerson(),
                        accounts.findByPersonIdIn(List.of(s.getPerson().getId())).stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        UserAccount::getPersonId, UserAccount::getId, (a, b) -> a)),
                        Contact.Kind.STAFF));
    }

    @Override
    public Optional<Contact> contactOfAccount(long accountId) {
        return accounts.findById(accountId)
                .flatMap(a -> a.getPersonId() == null
                        ? Optional.empty()
                        : persons.findById(a.getPersonId())
                                .map(p -> new Contact(
                                        a.getId(), p.getId(), p.name().full(), p.getEmail(), Contact.Kind.STAFF)));
    }

    private static Optional<Contact> contact(
            Person person, java.util.Map<Long, Long> accountOfPerson, Contact.Kind kind) {
        Long account = accountOfPerson.get(person.getId());
        return account == null
                ? Optional.empty()
                : Optional.of(new Contact(account, person.getId(), person.name().full(), person.getEmail(), kind));
    }

    @Override
    public List<LoginHistoryRow> loginHistory(long accountId, int limit) {
        return logins.latest(accountId, PageRequest.of(0, limit)).stream()
                .map(LoginEvent::view)
                .toList();
    }

    private static boolean sameInstitution(ru.spojournal.platform.jpa.InstitutionOwned e, long institutionId) {
        return e.getInstitutionId() == institutionId;
    }

    @Override
    public List<StaffRow> staffRows(long institutionId) {
        return staff.findAllOf(institutionId).stream().map(Staff::row).toList();
    }

    @Override
    public List<StudentRow> studentRows(long institutionId) {
        return students.findAllOf(institutionId).stream().map(Student::row).toList();
    }

    @Override
    public List<ParentRow> parentRows(long institutionId) {
        return parents.findAllOf(institutionId).stream().map(Parent::row).toList();
    }

    @Override
    public List<ParentLinkRow> parentLinkRows(long institutionId) {
        return links.linksOf(institutionId).stream()
                .map(l -> new ParentLinkRow(l.key().parentId(), l.key().studentId(), l.relation()))
                .toList();
    }

    @Override
    public List<AccountLoginRow> accountsOf(long institutionId) {
        return accounts.findAllOf(institutionId).stream()
                .map(UserAccount::loginRow)
                .toList();
    }

    @Override
    public List<AccountLoginRow> accountsByLogins(Collection<String> logins) {
        if (logins.isEmpty()) {
            return List.of();
        }
        List<String> lower = logins.stream()
                .map(l -> l.toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        return accounts.findByLogins(lower).stream().map(UserAccount::loginRow).toList();
    }
}
