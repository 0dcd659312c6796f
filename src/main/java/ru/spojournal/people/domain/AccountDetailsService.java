package ru.spojournal.people.domain;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;

/**
 * Builds the signed-in user from the account: the person behind it, as staff, student and parent,
 * and the CURATOR role for a teacher who curates a group (derived, so it follows the group's
 * curator without a second place to keep in step). A dismissed member of staff signs in without
 * staff roles, or not at all ({@link Dismissal}).
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final StaffRepository staff;
    private final StudentRepository students;
    private final ParentRepository parents;
    private final PersonRepository persons;
    private final CollegeStructure structure;

    AccountDetailsService(
            UserAccountRepository accounts,
            StaffRepository staff,
            StudentRepository students,
            ParentRepository parents,
            PersonRepository persons,
            CollegeStructure structure) {
        this.accounts = accounts;
        this.staff = staff;
        this.students = students;
        this.parents = parents;
        this.persons = persons;
        this.structure = structure;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String login) {
        UserAccount account = accounts.findByLoginIgnoreCase(login == null ? "" : login.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        return toCurrentUser(account);
    }

    @Transactional(readOnly = true)
    public CurrentUser reload(long accountId) {
        return toCurrentUser(accounts.findById(accountId).orElseThrow());
    }

    private CurrentUser toCurrentUser(UserAccount account) {
        Long personId = account.getPersonId();
        Long staffId = null;
        Long studentId = null;
        Long parentId = null;
        String displayName = account.getLogin();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        if (personId != null) {
            displayName = persons.findById(personId).map(p -> p.name().full()).orElse(displayName);
            Staff post = staff.findByPersonId(personId).orElse(null);
            boolean dismissed = post != null && post.isArchived();
            roles = Dismissal.effectiveRoles(roles, dismissed);
            staffId = post == null || dismissed ? null : post.getId();
            studentId = students.findByPersonId(personId).map(Student::getId).orElse(null);
            parentId = parents.findByPersonId(personId).map(Parent::getId).orElse(null);
        }
        if (staffId != null
                && roles.contains(Role.TEACHER)
                && !structure.groupsCuratedBy(staffId).isEmpty()) {
            roles.add(Role.CURATOR);
        }
        return new CurrentUser(
                account.getId(),
                account.getInstitutionId(),
                account.getLogin(),
                account.getPasswordHash(),
                displayName,
                personId,
                staffId,
                studentId,
                parentId,
                roles,
                account.isEnabled(),
                account.isMustChangePassword());
    }
}
