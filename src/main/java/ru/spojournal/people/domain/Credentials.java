package ru.spojournal.people.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountAction;
import ru.spojournal.people.AccountChanged;
import ru.spojournal.people.PersonName;
import ru.spojournal.platform.error.AccessRefusedException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/**
 * R15: students and parents get their credentials from their group's curator. Issuing creates the
 * missing accounts (the person's preferred login if it is free, else one from the name) and gives
 * each chosen person a new one-time password that must be changed at first login. The passwords
 * exist only while the slips are printed, inside the same transaction: they are never stored in
 * clear nor shown again. A curator acts only on the groups they curate, and never on an account
 * that holds a staff role (staff get theirs from the administrator, R15); any other id is refused
 * and logged. The administrator may issue for any group of the college (R14).
 */
@Service
@Transactional
public class Credentials {

    /** Who issues: the scope of the groups and of the accounts follows. */
    public enum Issuer {
        ADMINISTRATOR,
        CURATOR
    }

    static final Set<Role> FAMILY_ROLES = EnumSet.of(Role.STUDENT, Role.PARENT);

    private final CredentialRoster roster;
    private final CollegeStructure structure;
    private final NewLogins logins;
    private final OneTimePasswords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Credentials(
            CredentialRoster roster,
            CollegeStructure structure,
            NewLogins logins,
            OneTimePasswords passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.roster = roster;
        this.structure = structure;
        this.logins = logins;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** The groups this user may issue credentials for. */
    @Transactional(readOnly = true)
    public List<GroupView> groups(CurrentUser user, Issuer issuer) {
        if (issuer == Issuer.ADMINISTRATOR) {
            return structure.groups(user.institutionId());
        }
        return user.staffId() == null ? List.of() : structure.groupsCuratedBy(user.staffId());
    }

    /** The group's students and parents with their accounts; another's group is refused. */
    @Transactional(readOnly = true)
    public GroupCredentials roster(CurrentUser user, Issuer issuer, long groupId) {
        GroupView group = group(user, issuer, groupId);
        List<CredentialRow> rows = new ArrayList<>();
        roster.of(groupId).values().forEach(h -> rows.add(row(h, issuer)));
        return new GroupCredentials(group, rows);
    }

    /**
     * Creates the missing accounts of the chosen people and gives each a new one-time password;
     * {@code print} turns the slips into what is handed out (a PDF) before the transaction ends,
     * so that a failed print changes nothing.
     */
    public <T> T issue(
            CurrentUser user,
            Issuer issuer,
            long groupId,
            Collection<Long> personIds,
            Function<List<CredentialSlip>, T> print) {
        GroupView group = group(user, issuer, groupId);
        if (personIds == null || personIds.isEmpty()) {
            throw new FieldRejectedException("personId", "credentials.noneChosen");
        }
        Map<Long, CredentialRoster.Holder> holders = roster.of(groupId);
        List<CredentialRoster.Holder> chosen = new ArrayList<>();
        for (Long personId : new LinkedHashSet<>(personIds)) {
            chosen.add(allowed(holders.get(personId), issuer, personId, groupId));
        }
        String college = structure.institution(user.institutionId()).name();
        List<String> fresh = passwords.generate(chosen.size());
        List<String> hashes = passwords.hash(fresh);
        List<CredentialSlip> slips = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            CredentialRoster.Holder h = chosen.get(i);
            UserAccount account =
                    h.account() == null ? create(user, h, hashes.get(i), group) : reset(h.account(), hashes.get(i));
            publish(user, account, h.person().name(), AccountAction.CREDENTIALS_ISSUED, group.name());
            slips.add(new CredentialSlip(
                    college,
                    h.person().name().full(),
                    h.role(),
                    group.name(),
                    String.join(", ", h.children()),
                    account.getLogin(),
                    fresh.get(i)));
        }
        return print.apply(slips);
    }

    private GroupView group(CurrentUser user, Issuer issuer, long groupId) {
        if (issuer == Issuer.ADMINISTRATOR) {
            return structure.group(user.institutionId(), groupId).orElseThrow(() -> new NotFoundException("group"));
        }
        return groups(user, Issuer.CURATOR).stream()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow(() -> new AccessRefusedException("group " + groupId + " is not curated by this user"));
    }

    private CredentialRoster.Holder allowed(CredentialRoster.Holder h, Issuer issuer, long personId, long groupId) {
        if (h == null) {
            throw new AccessRefusedException("person " + personId + " is not of group " + groupId);
        }
        String refusal = refusal(h, issuer);
        if ("credentials.staffAccount".equals(refusal)) {
            throw new AccessRefusedException("person " + personId + " has a staff account");
        }
        if (refusal != null) {
            throw new FieldRejectedException(
                    "personId", refusal, h.person().name().full());
        }
        return h;
    }

    /** Why this issuer may not issue this person's credentials, or null. */
    private static String refusal(CredentialRoster.Holder h, Issuer issuer) {
        if (h.account() == null) {
            return null;
        }
        if (issuer == Issuer.CURATOR && !FAMILY_ROLES.containsAll(h.account().getRoles())) {
            return "credentials.staffAccount";
        }
        return h.account().isEnabled() ? null : "credentials.blocked";
    }

    private CredentialRow row(CredentialRoster.Holder h, Issuer issuer) {
        UserAccount a = h.account();
        String login = a != null ? a.getLogin() : logins.shown(h.person());
        return new CredentialRow(
                h.person().getId(),
                h.person().name(),
                h.role(),
                String.join(", ", h.children()),
                a == null ? null : a.getId(),
                login,
                a != null && a.isMustChangePassword(),
                a == null || a.isEnabled(),
                a == null ? null : a.getLastLoginAt(),
                refusal(h, issuer));
    }

    private UserAccount create(CurrentUser user, CredentialRoster.Holder h, String hash, GroupView group) {
        Role role = h.role() == SlipRole.PARENT ? Role.PARENT : Role.STUDENT;
        UserAccount account = logins.createAccount(user.institutionId(), h.person(), role, hash);
        publish(user, account, h.person().name(), AccountAction.CREATED, group.name());
        return account;
    }

    private static UserAccount reset(UserAccount account, String hash) {
        account.resetPassword(hash);
        return account;
    }

    private void publish(CurrentUser user, UserAccount account, PersonName name, AccountAction action, String detail) {
        events.publishEvent(new AccountChanged(
                account.getInstitutionId(),
                user.accountId(),
                user.login(),
                account.getId(),
                account.getLogin(),
                name.full(),
                action,
                detail,
                clock.instant()));
    }
}
