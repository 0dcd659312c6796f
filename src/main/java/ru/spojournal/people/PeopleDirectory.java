package ru.spojournal.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to people for the other modules. Every list comes with names in one query, so that
 * a page of thirty students costs the same as a page of three.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final StaffRepository staff;
    private final StudentRepository students;
    private final StudentMovementRepository movements;
    private final ParentRepository parents;
    private final ParentLinkRepository links;
    private final PersonRepository persons;
    private final UserAccountRepository accounts;
    private final LoginEventRepository logins;

    PeopleDirectory(
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

    public Optional<StaffView> staff(long institutionId, long staffId) {
        return staff.findWithPerson(List.of(staffId)).stream()
                .filter(s -> sameInstitution(s, institutionId))
                .map(Staff::view)
                .findFirst();
    }

    public List<StaffView> staffByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : staff.findWithPerson(ids).stream().map(Staff::view).toList();
    }

    public List<StaffView> activeStaff(long institutionId) {
        return staff.findActive(institutionId).stream().map(Staff::view).toList();
    }

    /** The studying students of the groups, in alphabetical order as in a paper journal. */
    public List<StudentView> studentsOfGroups(Collection<Long> groupIds) {
        return groupIds.isEmpty()
                ? List.of()
                : students.findInGroups(groupIds, StudentStatus.STUDYING).stream().map(Student::view).toList();
    }

    public List<StudentView> studentsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : students.findWithPerson(ids).stream().map(Student::view).toList();
    }

    public Optional<StudentView> student(long institutionId, long studentId) {
        return students.findWithPerson(List.of(studentId)).stream()
                .filter(s -> sameInstitution(s, institutionId))
                .map(Student::view)
                .findFirst();
    }

    public List<MovementView> history(long studentId) {
        return movements.historyOf(studentId).stream().map(StudentMovement::view).toList();
    }

    /** R10: the only students a parent may see. */
    public List<Long> childrenOf(long parentId) {
        return links.childrenOf(parentId);
    }

    /** The parents of the students with their contacts, in one pass. */
    public List<GuardianView> guardiansOf(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        List<ParentLink> found = links.linksOfStudents(studentIds);
        var byId = parents.findWithPerson(found.stream().map(l -> l.key().parentId()).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Parent::getId, p -> p));
        return found.stream()
                .map(l -> {
                    Person p = byId.get(l.key().parentId()).getPerson();
                    return new GuardianView(l.key().parentId(), l.key().studentId(), p.name(), l.relation(),
                            p.getPhone(), p.getEmail());
                })
                .toList();
    }

    public Optional<PersonName> personName(long personId) {
        return persons.findById(personId).map(Person::name);
    }

    /** Studying students per group, in one query. */
    public java.util.Map<Long, Long> studentCounts(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return java.util.Map.of();
        }
        return students.countByGroups(groupIds).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    public long studentCount(long institutionId) {
        return students.countStudying(institutionId);
    }

    public long staffCount(long institutionId) {
        return staff.countActive(institutionId);
    }

    public long accountCount(long institutionId) {
        return accounts.countOf(institutionId);
    }

    public List<LoginHistoryRow> loginHistory(long accountId, int limit) {
        return logins.latest(accountId, PageRequest.of(0, limit)).stream().map(LoginEvent::view).toList();
    }

    private static boolean sameInstitution(ru.spojournal.platform.jpa.InstitutionOwned e, long institutionId) {
        return e.getInstitutionId() == institutionId;
    }

    /** Every member of staff of the college with their details, in one query. */
    public List<StaffRow> staffRows(long institutionId) {
        return staff.findAllOf(institutionId).stream().map(Staff::row).toList();
    }

    /** Every student of the college, whatever the status, with their details, in one query. */
    public List<StudentRow> studentRows(long institutionId) {
        return students.findAllOf(institutionId).stream().map(Student::row).toList();
    }

    public List<ParentRow> parentRows(long institutionId) {
        return parents.findAllOf(institutionId).stream().map(Parent::row).toList();
    }

    public List<ParentLinkRow> parentLinkRows(long institutionId) {
        return links.linksOf(institutionId).stream()
                .map(l -> new ParentLinkRow(l.key().parentId(), l.key().studentId(), l.relation()))
                .toList();
    }

    /** The accounts of the college, with roles, in one query. */
    public List<AccountLoginRow> accountsOf(long institutionId) {
        return accounts.findAllOf(institutionId).stream().map(UserAccount::loginRow).toList();
    }

    /** The accounts, of any college, that hold these logins (compared without case). */
    public List<AccountLoginRow> accountsByLogins(Collection<String> logins) {
        if (logins.isEmpty()) {
            return List.of();
        }
        List<String> lower = logins.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return accounts.findByLogins(lower).stream().map(UserAccount::loginRow).toList();
    }
}
