package ru.spojournal.people.domain;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.IssuedCredentials;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StaffCard;
import ru.spojournal.platform.security.Role;

/** Creates a member of staff together with their account, in one transaction: both or neither. */
@Service
public class StaffAccounts {

    private final PeopleAdmin people;
    private final AccountAdmin accounts;

    StaffAccounts(PeopleAdmin people, AccountAdmin accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @Transactional
    public IssuedCredentials create(
            long institutionId, PersonName name, Sex sex, String position, String login, Set<Role> roles) {
        String chosen = login == null || login.isBlank() ? accounts.proposeLogin(name) : login;
        long staffId = people.createStaff(institutionId, new NewPerson(name, sex, null, null, null), position, null);
        Long personId = people.personOfStaff(staffId);
        return accounts.createAccount(institutionId, new NewAccount(chosen, personId, roles));
    }

    /** An account for a member of staff recorded before, under a proposed login; one per person. */
    @Transactional
    public IssuedCredentials createFor(long institutionId, StaffCard card, Set<Role> roles) {
        if (card.accountId() != null
                || accounts.loginOfPerson(card.person().personId()).isPresent()) {
            throw new ru.spojournal.platform.error.FieldRejectedException("login", "staff.account.exists");
        }
        String login = accounts.proposeLogin(card.person().name());
        return accounts.createAccount(
                institutionId, new NewAccount(login, card.person().personId(), roles));
    }
}
