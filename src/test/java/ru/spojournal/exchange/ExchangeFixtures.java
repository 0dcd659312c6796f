package ru.spojournal.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.exchange.domain.CollegeImports;
import ru.spojournal.exchange.domain.Headers;
import ru.spojournal.exchange.domain.ImportBatch;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;
import ru.spojournal.exchange.domain.ListReader;
import ru.spojournal.exchange.domain.OneRosterReader;
import ru.spojournal.exchange.domain.Problem;
import ru.spojournal.exchange.domain.TableReader;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewInstitution;
import ru.spojournal.structure.StructureCommands.NewTerm;

/**
 * Empty colleges to import into, so that import tests never change the shared demo college, and
 * a way to check or apply a file as the background job does.
 */
@Component
class ExchangeFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final String PASSWORD = "Pravilnyi1";

    private final StructureAdmin structure;
    private final ru.spojournal.people.AccountAdmin accounts;
    private final CollegeImports imports;
    private final OneRosterReader oneRoster;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final ru.spojournal.demo.DemoCollegeGenerator generator;
    private Long generated;

    ExchangeFixtures(
            StructureAdmin structure,
            ru.spojournal.people.AccountAdmin accounts,
            CollegeImports imports,
            OneRosterReader oneRoster,
            MessageSource messages,
            TransactionTemplate tx,
            ru.spojournal.demo.DemoCollegeGenerator generator) {
        this.generator = generator;
        this.structure = structure;
        this.accounts = accounts;
        this.imports = imports;
        this.oneRoster = oneRoster;
        this.messages = messages;
        this.tx = tx;
    }

    /**
     * A college like the demo one, generated once for the round trips: other tests add rows of
     * their own to the shared demo college (a specialty without groups, namesakes, archived load)
     * that a round trip is not about.
     */
    synchronized long generatedCollege() {
        if (generated == null) {
            generated = generator.generate(
                    ru.spojournal.demo.DemoSize.DEMO,
                    7,
                    5000 + SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1000) * 10,
                    false);
        }
        return generated;
    }

    /** A new college with nothing in it but an academic year 2026/2027 and its two terms. */
    long emptyCollege() {
        return tx.execute(s -> {
            long id = structure.createInstitution(new NewInstitution(
                    "test-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet(),
                    "Тестовый техникум",
                    "ТТ",
                    ZoneId.of("Asia/Novokuznetsk"),
                    false));
            long year = structure.createAcademicYear(
                    id, new NewAcademicYear("2026/2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
            structure.createTerm(
                    id, new NewTerm(year, 1, "1 семестр", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 28)));
            structure.createTerm(
                    id, new NewTerm(year, 2, "2 семестр", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 6, 30)));
            return id;
        });
    }

    /** A new empty college with the same academic years and terms as {@code source}. */
    long emptyCollegeWithCalendarOf(long source, ru.spojournal.structure.AcademicCalendar calendar) {
        return tx.execute(s -> {
            long id = structure.createInstitution(new NewInstitution(
                    "copy-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet(),
                    "Пустой техникум",
                    "ПТ",
                    ZoneId.of("Asia/Novokuznetsk"),
                    false));
            if (calendar == null) {
                return id;
            }
            java.util.Map<Long, Long> years = new java.util.HashMap<>();
            calendar.academicYears(source)
                    .forEach(y -> years.put(
                            y.id(),
                            structure.createAcademicYear(
                                    id, new NewAcademicYear(y.name(), y.startDate(), y.endDate()))));
            calendar.terms(source)
                    .forEach(t -> structure.createTerm(
                            id,
                            new NewTerm(
                                    years.get(t.academicYearId()), t.number(), t.name(), t.startDate(), t.endDate())));
            java.util.Set<ru.spojournal.structure.StructureCommands.NewPeriod> bells = new java.util.LinkedHashSet<>();
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                calendar.periods(source, day)
                        .forEach(p -> bells.add(new ru.spojournal.structure.StructureCommands.NewPeriod(
                                p.dayOfWeek(), p.number(), p.start(), p.end())));
            }
            structure.createBellSchedule(id, "Основной режим", new java.util.ArrayList<>(bells));
            return id;
        });
    }

    /** An administrator of the college, with the password {@link #PASSWORD}; the login is returned. */
    String adminOf(long college) {
        return accountOf(college, ru.spojournal.platform.security.Role.ADMIN);
    }

    /** An account of the college with the role, held by no person, with the password {@link #PASSWORD}. */
    String accountOf(long college, ru.spojournal.platform.security.Role role) {
        String login = "ex" + role.name().toLowerCase(java.util.Locale.ROOT) + "." + SEQUENCE.incrementAndGet() + "."
                + System.nanoTime() % 100000;
        accounts.createAccountWithHash(
                college,
                new ru.spojournal.people.PeopleCommands.NewAccount(login, null, java.util.Set.of(role)),
                accounts.hash(PASSWORD),
                false);
        return login;
    }

    ImportBatch read(ImportList list, byte[] content) {
        ImportBatch batch = new ImportBatch();
        new TableReader(20_000).read(Sheets.file(content), new ListReader(list, batch, new Headers(messages), r -> {}));
        return batch;
    }

    ImportReport check(long college, ImportList list, byte[] content) {
        return imports.check(college, read(list, content));
    }

    ImportReport apply(long college, ImportList list, byte[] content) {
        return imports.apply(college, read(list, content), (done, of) -> {});
    }

    ImportReport applyOneRoster(long college, Path zip) {
        ImportBatch batch = new ImportBatch();
        oneRoster.read(zip, batch, r -> {});
        return imports.apply(college, batch, (done, of) -> {});
    }

    String text(Problem p) {
        return messages.getMessage(p.messageKey(), p.arguments(), Headers.RUSSIAN);
    }

    /** Every problem as «строка 3, «Группа»: message», to assert on in one line. */
    List<String> describe(ImportReport report) {
        List<String> out = new ArrayList<>();
        for (Problem p : report.problems()) {
            out.add((p.file() == null ? "" : p.file() + " ") + "строка " + p.row() + ", «" + p.column() + "»: "
                    + text(p));
        }
        return out;
    }

    static List<String> row(String... values) {
        return java.util.Arrays.asList(values);
    }
}
