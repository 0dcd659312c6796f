package ru.spojournal.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to people for the other modules. Every list comes with names in one query, so that
 * a page of thirty students costs the same as a page of three.
 */
public interface PeopleDirectory {

    Optional<StaffView> staff(long institutionId, long staffId);

    List<StaffView> staffByIds(Collection<Long> ids);

    List<StaffView> activeStaff(long institutionId);

    /** The studying students of the groups, in alphabetical order as in a paper journal. */
    List<StudentView> studentsOfGroups(Collection<Long> groupIds);

    List<StudentView> studentsByIds(Collection<Long> ids);

    Optional<StudentView> student(long institutionId, long studentId);

    List<MovementView> history(long studentId);

    /** R10: the only students a parent may see. */
    List<Long> childrenOf(long parentId);

    /** The parents of the students with their contacts, in one pass. */
    List<GuardianView> guardiansOf(Collection<Long> studentIds);

    Optional<PersonName> personName(long personId);

    /** Studying students per group, in one query. */
    java.util.Map<Long, Long> studentCounts(Collection<Long> groupIds);

    long studentCount(long institutionId);

    long staffCount(long institutionId);

    long accountCount(long institutionId);

    /** Names of the people behind accounts, «Иванов И. И.», for histories; the login where no person. */
    java.util.Map<Long, String> accountNames(Collection<Long> accountIds);

    /** For each student: the student's own account and the accounts of their parents. */
    java.util.Map<Long, List<Contact>> familyOf(Collection<Long> studentIds);

    /** A parent with an account and the children linked to them. */
    public record ParentWithChildren(Contact contact, List<Long> childIds) {}

    /** Every parent of the institution who has an account, with their children (for weekly digests). */
    List<ParentWithChildren> parentsWithAccounts(long institutionId);

    /** The account of a member of staff, such as a group's curator. */
    Optional<Contact> staffContact(long staffId);

    /** The contact of an account, for messages addressed to it. */
    Optional<Contact> contactOfAccount(long accountId);

    List<LoginHistoryRow> loginHistory(long accountId, int limit);

    /** Every member of staff of the college with their details, in one query. */
    List<StaffRow> staffRows(long institutionId);

    /** Every student of the college, whatever the status, with their details, in one query. */
    List<StudentRow> studentRows(long institutionId);

    List<ParentRow> parentRows(long institutionId);

    List<ParentLinkRow> parentLinkRows(long institutionId);

    /** The accounts of the college, with roles, in one query. */
    List<AccountLoginRow> accountsOf(long institutionId);

    /** The accounts, of any college, that hold these logins (compared without case). */
    List<AccountLoginRow> accountsByLogins(Collection<String> logins);
}
