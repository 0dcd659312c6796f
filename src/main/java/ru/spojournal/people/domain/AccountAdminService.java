package ru.spojournal.people.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleCommands.IssuedCredentials;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Transliteration;
import ru.spojournal.platform.Like;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.Role;

/**
 * R14, R15: accounts are created by the administrator with a one-time password that the owner
 * must change at first login. The password is shown once and never stored in clear.
 */
@Service
@Transactional
public class AccountAdminService implements AccountAdmin {

    static final int MAX_LOGIN = 64;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountAdminService(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public IssuedCredentials createAccount(long institutionId, NewAccount cmd) {
        String password = PasswordPolicy.oneTimePassword();
        long id = save(institutionId, cmd, encoder.encode(password), true);
        return new IssuedCredentials(id, normalized(cmd.login()), password);
    }

    @Override
    public long createAccountWithHash(long institutionId, NewAccount cmd, String passwordHash, boolean mustChange) {
        return save(institutionId, cmd, passwordHash, mustChange);
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Transactional(readOnly = true)
    @Override
    public String proposeLogin(PersonName name) {
        String base = Transliteration.loginFor(name);
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

    @Transactional(readOnly = true)
    @Override
    public java.util.Optional<String> loginOfPerson(long personId) {
        return accounts.findByPersonIdIn(java.util.List.of(personId)).stream()
                .map(UserAccount::getLogin)
                .findFirst();
    }

    @Transactional(readOnly = true)
    @Override
    public Set<String> takenLogins() {
        return new HashSet<>(accounts.allLogins());
    }

    @Override
    public void changePassword(long accountId, String current, String fresh) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw new FieldRejectedException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check(account.getLogin(), fresh).ifPresent(key -> {
            throw new FieldRejectedException("newPassword", key);
        });
        if (encoder.matches(fresh, account.getPasswordHash())) {
            throw new FieldRejectedException("newPassword", "password.sameAsOld");
        }
        account.changePassword(encoder.encode(fresh));
    }

    private long save(long institutionId, NewAccount cmd, String hash, boolean mustChange) {
        String login = normalized(cmd.login());
        if (login.isEmpty()) {
            throw new FieldRejectedException("login", "account.login.required");
        }
        if (login.length() > MAX_LOGIN) {
            throw new FieldRejectedException("login", "account.login.tooLong", MAX_LOGIN);
        }
        if (!LOGIN.matcher(login).matches()) {
            throw new FieldRejectedException("login", "account.login.pattern");
        }
        if (accounts.existsByLoginIgnoreCase(login)) {
            throw new FieldRejectedException("login", "account.login.taken", login);
        }
        if (cmd.roles() == null || cmd.roles().isEmpty()) {
            throw new FieldRejectedException("roles", "account.roles.required");
        }
        Set<Role> roles = new HashSet<>(cmd.roles());
        roles.remove(Role.CURATOR);
        return accounts.save(new UserAccount(
                        institutionId, login, hash, cmd.personId(), roles, mustChange, Instant.now(clock)))
                .getId();
    }

    private static String normalized(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
