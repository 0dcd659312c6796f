package ru.spojournal.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;

/** Fresh accounts for tests that change an account's state (lockout, password change). */
@Component
public class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountAdmin accounts;
    private final CollegeStructure structure;

    TestAccounts(AccountAdmin accounts, CollegeStructure structure) {
        this.accounts = accounts;
        this.structure = structure;
    }

    public long demoInstitution() {
        return structure.institutionByCode("demo").orElseThrow().id();
    }

    /** A new account with the given password and roles; its login is returned. */
    public String create(String prefix, String password, boolean mustChange, Role... roles) {
        String login = prefix + "." + System.nanoTime() % 100000 + "." + SEQUENCE.incrementAndGet();
        accounts.createAccountWithHash(
                demoInstitution(), new NewAccount(login, null, Set.of(roles)), accounts.hash(password), mustChange);
        return login;
    }
}
