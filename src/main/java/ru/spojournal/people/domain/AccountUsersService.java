package ru.spojournal.people.domain;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountUsers;
import ru.spojournal.platform.security.CurrentUser;

/**
 * The user behind an account, for requests that carry no session but a secret of the account
 * (a calendar feed's address). A blocked account has no user.
 */
@Service
public class AccountUsersService implements AccountUsers {

    private final AccountDetailsService details;

    AccountUsersService(AccountDetailsService details) {
        this.details = details;
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<CurrentUser> of(long accountId) {
        try {
            CurrentUser user = details.reload(accountId);
            return user.isEnabled() ? Optional.of(user) : Optional.empty();
        } catch (java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }
}
