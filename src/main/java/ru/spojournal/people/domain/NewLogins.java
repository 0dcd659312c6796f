package ru.spojournal.people.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.spojournal.people.Transliteration;
import ru.spojournal.platform.Like;
import ru.spojournal.platform.security.Role;

/**
 * Logins of accounts created when credentials are issued: the login wished for the person (an
 * import may bring one) when it is valid and free, else surname and initials by the passport
 * transliteration, with a number when taken (kuznetsova.ap2).
 */
@Component
class NewLogins {

    private final UserAccountRepository accounts;
    private final Clock clock;

    NewLogins(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The login a person without an account is expected to get; the final one is chosen on issue. */
    String shown(Person person) {
        String preferred = LoginNames.normalized(person.card().preferredLogin());
        return LoginNames.problem(preferred).isEmpty() ? preferred : Transliteration.loginFor(person.name());
    }

    /** A new account of the person with a one-time password (already hashed) to change at first login. */
    UserAccount createAccount(long institutionId, Person person, Role role, String passwordHash) {
        String login = free(person);
        return accounts.save(new UserAccount(
                institutionId, login, passwordHash, person.getId(), Set.of(role), true, Instant.now(clock)));
    }

    private String free(Person person) {
        String preferred = LoginNames.normalized(person.card().preferredLogin());
        if (LoginNames.problem(preferred).isEmpty() && !accounts.existsByLoginIgnoreCase(preferred)) {
            return preferred;
        }
        String base = Transliteration.loginFor(person.name());
        if (LoginNames.problem(base).isPresent()) {
            base = "user";
        }
        Set<String> taken = new HashSet<>(accounts.loginsLike(Like.startingWith(base)));
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }
}
