package ru.spojournal.people.domain;

import java.time.ZoneId;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleCommands.IssuedCredentials;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewInstitution;

/**
 * A real college starts from the command line: {@code --journal.setup.code=kmt
 * --journal.setup.name="..." --journal.setup.zone=Asia/Novokuznetsk} creates the college and its
 * first administrator, prints the one-time password once, and exits. Everything else is done on
 * the pages.
 */
@Component
@Order(1)
public class CollegeSetup implements ApplicationRunner {

    private final StructureAdmin structure;
    private final AccountAdmin accounts;
    private final TransactionTemplate tx;
    private final ConfigurableApplicationContext context;

    CollegeSetup(
            StructureAdmin structure,
            AccountAdmin accounts,
            TransactionTemplate tx,
            ConfigurableApplicationContext context) {
        this.structure = structure;
        this.accounts = accounts;
        this.tx = tx;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("journal.setup.code")) {
            return;
        }
        String code = args.getOptionValues("journal.setup.code").get(0);
        String name = value(args, "journal.setup.name", code);
        ZoneId zone = ZoneId.of(value(args, "journal.setup.zone", "Europe/Moscow"));
        String login = value(args, "journal.setup.admin", "admin");
        IssuedCredentials issued = createCollege(code, name, zone, login);
        System.out.println("College «" + name + "» created. Administrator login: " + issued.login()
                + ", one-time password: " + issued.oneTimePassword());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** The college and its first administrator, in one transaction. */
    public IssuedCredentials createCollege(String code, String name, ZoneId zone, String login) {
        return tx.execute(s -> {
            long institution = structure.createInstitution(new NewInstitution(code, name, name, zone, false));
            return accounts.createAccount(institution, new NewAccount(login, null, EnumSet.of(Role.ADMIN)));
        });
    }

    private static String value(ApplicationArguments args, String option, String fallback) {
        return args.containsOption(option) ? args.getOptionValues(option).get(0) : fallback;
    }
}
