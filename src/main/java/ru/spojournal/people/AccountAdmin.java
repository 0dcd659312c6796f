package ru.spojournal.people;

import java.util.Set;
import ru.spojournal.people.PeopleCommands.IssuedCredentials;
import ru.spojournal.people.PeopleCommands.NewAccount;

/**
 * R14, R15: accounts are created by the administrator with a one-time password that the owner
 * must change at first login. The password is shown once and never stored in clear.
 */
public interface AccountAdmin {

    /** Creates an account with a fresh one-time password, returned to be handed over once. */
    IssuedCredentials createAccount(long institutionId, NewAccount cmd);

    /**
     * Creates an account with an already hashed password. Bulk loaders hash one password once and
     * reuse the hash, since an adaptive hash costs tens of milliseconds by design.
     */
    long createAccountWithHash(long institutionId, NewAccount cmd, String passwordHash, boolean mustChange);

    String hash(String rawPassword);

    /** A free login for a name: kuznetsova.ap, then kuznetsova.ap2, kuznetsova.ap3, ... */
    String proposeLogin(PersonName name);

    /** The login of the person's account, if they have one. */
    java.util.Optional<String> loginOfPerson(long personId);

    Set<String> takenLogins();

    /** R16: the owner changes the password, knowing the current one. */
    void changePassword(long accountId, String current, String fresh);
}
