package ru.spojournal.people.domain;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountAction;
import ru.spojournal.people.AccountChanged;
import ru.spojournal.people.PeopleCommands.IssuedCredentials;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StaffCard;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;

/**
 * R14, R16: the administrator manages the college's accounts: finds them, corrects the profile and
 * the login, resets the password to a new one-time password (shown once, never stored in clear),
 * blocks and unblocks. Every change goes into the audit log in the same transaction
 * ({@link AccountChanged}). An account of another college does not exist here.
 */
@Service
@Transactional
public class AccountManagement {

    private final UserAccountRepository accounts;
    private final PersonRepository persons;
    private final AccountSearch search;
    private final OneTimePasswords passwords;
    private final SlipFacts slips;
    private final StaffAccounts staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(
            UserAccountRepository accounts,
            PersonRepository persons,
            AccountSearch search,
            OneTimePasswords passwords,
            SlipFacts slips,
            StaffAccounts staff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.persons = persons;
        this.search = search;
        this.passwords = passwords;
        this.slips = slips;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountListRow> find(long institutionId, AccountQuery query) {
        return search.find(institutionId, query);
    }

    @Transactional(readOnly = true)
    public AccountDetails details(long institutionId, long accountId) {
        UserAccount a = own(institutionId, accountId);
        Person p = a.getPersonId() == null
                ? null
                : persons.findById(a.getPersonId()).orElse(null);
        return new AccountDetails(
                a.getId(),
                a.getLogin(),
                p == null ? null : p.card(),
                p == null ? 0 : p.getVersion(),
                a.getRoles(),
                a.isEnabled(),
                a.getLockedUntil(),
                a.isLocked(clock.instant()),
                a.isMustChangePassword(),
                a.getLastLoginAt(),
                a.getCreatedAt());
    }

    /** A member of staff with an account (R14, R15), recorded in the audit log as created. */
    public IssuedCredentials createStaff(
            CurrentUser admin, PersonName name, Sex sex, String position, String login, Set<Role> roles) {
        IssuedCredentials issued = staff.create(admin.institutionId(), name, sex, position, login, roles);
        publish(admin, own(admin.institutionId(), issued.accountId()), name.full(), AccountAction.CREATED, position);
        return issued;
    }

    /** An account for a member of staff who has none yet (a teacher by default), in the audit log. */
    public IssuedCredentials createForStaff(CurrentUser admin, StaffCard card) {
        IssuedCredentials issued = staff.createFor(admin.institutionId(), card, Set.of(Role.TEACHER));
        publish(
                admin,
                own(admin.institutionId(), issued.accountId()),
                card.person().name().full(),
                AccountAction.CREATED,
                card.position());
        return issued;
    }

    /** Corrects the name, e-mail and phone of the person behind the account. */
    public void editProfile(CurrentUser admin, long accountId, ProfileEdit edit) {
        UserAccount a = own(admin.institutionId(), accountId);
        Person p = a.getPersonId() == null
                ? null
                : persons.findById(a.getPersonId()).orElse(null);
        if (p == null) {
            throw new NotFoundException("person");
        }
        if (p.getVersion() != edit.version()) {
            throw new ConflictException("person", p.getVersion());
        }
        PersonCard before = p.card();
        String email = blankToNull(edit.email());
        String phone = blankToNull(edit.phone());
        if (before.name().equals(edit.name())
                && Objects.equals(before.email(), email)
                && Objects.equals(before.phone(), phone)) {
            return;
        }
        p.update(edit.name(), before.sex(), before.birthDate(), email, phone);
        publish(admin, a, edit.name().full(), AccountAction.PROFILE_EDITED, changes(before, edit.name(), email, phone));
    }

    /** Gives the account another login, unique in the whole database and of the usual form. */
    public void changeLogin(CurrentUser admin, long accountId, String login) {
        UserAccount a = own(admin.institutionId(), accountId);
        String fresh = LoginNames.normalized(login);
        LoginNames.problem(fresh).ifPresent(key -> {
            throw new FieldRejectedException("login", key, AccountAdminService.MAX_LOGIN);
        });
        if (fresh.equals(a.getLogin())) {
            return;
        }
        if (accounts.existsByLoginIgnoreCase(fresh)) {
            throw new FieldRejectedException("login", "account.login.taken", fresh);
        }
        String old = a.getLogin();
        a.changeLogin(fresh);
        publish(admin, a, name(a), AccountAction.LOGIN_CHANGED, old + " → " + fresh);
    }

    /**
     * A new one-time password to change at first login; the lockout is lifted. {@code show} turns
     * the slip into what the administrator sees once (the page or a PDF) before the commit.
     */
    public <T> T resetPassword(CurrentUser admin, long accountId, Function<CredentialSlip, T> show) {
        UserAccount a = own(admin.institutionId(), accountId);
        String password = passwords.generate(1).get(0);
        a.resetPassword(passwords.hash(password));
        publish(admin, a, name(a), AccountAction.PASSWORD_RESET, null);
        return show.apply(slips.slip(a, password));
    }

    /** A blocked account cannot sign in, and its open sessions end at their next request. */
    public void block(CurrentUser admin, long accountId) {
        if (admin.accountId() == accountId) {
            throw new FieldRejectedException("enabled", "account.block.self");
        }
        setEnabled(admin, accountId, false);
    }

    public void unblock(CurrentUser admin, long accountId) {
        setEnabled(admin, accountId, true);
    }

    private void setEnabled(CurrentUser admin, long accountId, boolean enabled) {
        UserAccount a = own(admin.institutionId(), accountId);
        if (a.isEnabled() == enabled) {
            return;
        }
        a.setEnabled(enabled);
        publish(admin, a, name(a), enabled ? AccountAction.UNBLOCKED : AccountAction.BLOCKED, null);
    }

    private UserAccount own(long institutionId, long accountId) {
        return accounts.findById(accountId)
                .filter(a -> a.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("account"));
    }

    private String name(UserAccount a) {
        return a.getPersonId() == null
                ? null
                : persons.findById(a.getPersonId()).map(p -> p.name().full()).orElse(null);
    }

    private static String changes(PersonCard before, PersonName name, String email, String phone) {
        StringBuilder out = new StringBuilder();
        append(out, before.name().full(), name.full());
        append(out, before.email(), email);
        append(out, before.phone(), phone);
        return out.toString();
    }

    private static void append(StringBuilder out, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.append(out.length() == 0 ? "" : "; ")
                    .append(before == null ? "—" : before)
                    .append(" → ")
                    .append(after == null ? "—" : after);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void publish(CurrentUser admin, UserAccount a, String name, AccountAction action, String detail) {
        events.publishEvent(new AccountChanged(
                a.getInstitutionId(),
                admin.accountId(),
                admin.login(),
                a.getId(),
                a.getLogin(),
                name,
                action,
                detail,
                clock.instant()));
    }
}
