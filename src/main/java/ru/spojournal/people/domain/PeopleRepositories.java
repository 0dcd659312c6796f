package ru.spojournal.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.spojournal.people.StudentStatus;

interface PersonRepository extends JpaRepository<Person, Long> {}

interface StaffRepository extends JpaRepository<Staff, Long> {

    @Query("select s from Staff s join fetch s.person where s.id in ?1")
    List<Staff> findWithPerson(Collection<Long> ids);

    @Query("select s from Staff s join fetch s.person p where s.institutionId = ?1 and s.archived = false"
            + " order by p.lastName, p.firstName")
    List<Staff> findActive(Long institutionId);

    Optional<Staff> findByPersonId(Long personId);

    @Query("select count(s) from Staff s where s.institutionId = ?1 and s.archived = false")
    long countActive(Long institutionId);

    @Query("select s from Staff s join fetch s.person where s.institutionId = ?1")
    List<Staff> findAllOf(Long institutionId);
}

interface StudentRepository extends JpaRepository<Student, Long> {

    @Query("select s from Student s join fetch s.person p where s.groupId in ?1 and s.status = ?2"
            + " order by p.lastName, p.firstName, p.middleName")
    List<Student> findInGroups(Collection<Long> groupIds, StudentStatus status);

    @Query("select s from Student s join fetch s.person where s.id in ?1")
    List<Student> findWithPerson(Collection<Long> ids);

    Optional<Student> findByPersonId(Long personId);

    @Query("select s.groupId, count(s) from Student s where s.groupId in ?1 and s.status = 'STUDYING'"
            + " group by s.groupId")
    List<Object[]> countByGroups(Collection<Long> groupIds);

    @Query("select count(s) from Student s where s.institutionId = ?1 and s.status = 'STUDYING'")
    long countStudying(Long institutionId);

    @Query("select s from Student s join fetch s.person where s.institutionId = ?1")
    List<Student> findAllOf(Long institutionId);
}

interface StudentMovementRepository extends JpaRepository<StudentMovement, Long> {

    @Query("select m from StudentMovement m where m.studentId = ?1 order by m.effectiveOn, m.id")
    List<StudentMovement> historyOf(Long studentId);
}

interface ParentRepository extends JpaRepository<Parent, Long> {

    @Query("select p from Parent p join fetch p.person where p.id in ?1")
    List<Parent> findWithPerson(Collection<Long> ids);

    Optional<Parent> findByPersonId(Long personId);

    @Query("select p from Parent p join fetch p.person where p.institutionId = ?1")
    List<Parent> findAllOf(Long institutionId);
}

interface ParentLinkRepository extends JpaRepository<ParentLink, ParentLink.Key> {

    @Query("select l from ParentLink l where l.key.studentId in ?1")
    List<ParentLink> linksOfStudents(Collection<Long> studentIds);

    @Query("select l from ParentLink l where l.institutionId = ?1")
    List<ParentLink> ofInstitution(Long institutionId);

    @Query("select l.key.studentId from ParentLink l where l.key.parentId = ?1")
    List<Long> childrenOf(Long parentId);

    @Query("select l from ParentLink l where l.institutionId = ?1")
    List<ParentLink> linksOf(Long institutionId);
}

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByLoginIgnoreCase(String login);

    boolean existsByLoginIgnoreCase(String login);

    List<UserAccount> findByPersonIdIn(Collection<Long> personIds);

    @Query("select count(a) from UserAccount a where a.institutionId = ?1")
    long countOf(Long institutionId);

    @Query("select a.id, a.login, p.lastName, p.firstName, p.middleName from UserAccount a"
            + " left join Person p on p.id = a.personId where a.id in ?1")
    List<Object[]> namesOf(Collection<Long> accountIds);

    @Query("select a.id, p.id, par.id, p.lastName, p.firstName, p.middleName, p.email from UserAccount a, Person p,"
            + " Parent par where a.institutionId = ?1 and p.id = a.personId and par.person.id = p.id")
    List<Object[]> parentAccounts(Long institutionId);

    @Query("select lower(a.login) from UserAccount a")
    List<String> allLogins();

    @Query("select lower(a.login) from UserAccount a where lower(a.login) like ?1 escape '!'")
    List<String> loginsLike(String prefix);

    @Query("select distinct a from UserAccount a left join fetch a.roles where a.institutionId = ?1")
    List<UserAccount> findAllOf(Long institutionId);

    @Query("select distinct a from UserAccount a left join fetch a.roles where lower(a.login) in ?1")
    List<UserAccount> findByLogins(Collection<String> lowerCaseLogins);
}

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

    @Query("select e from LoginEvent e where e.accountId = ?1 order by e.occurredAt desc")
    List<LoginEvent> latest(Long accountId, Pageable page);
}
