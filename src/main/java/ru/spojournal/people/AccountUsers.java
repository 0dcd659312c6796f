package ru.spojournal.people;

import java.util.Optional;
import ru.spojournal.platform.security.CurrentUser;

/**
 * The user behind an account, for requests that carry no session but a secret of the account
 * (a calendar feed's address). A blocked account has no user.
 */
public interface AccountUsers {

    Optional<CurrentUser> of(long accountId);
}
