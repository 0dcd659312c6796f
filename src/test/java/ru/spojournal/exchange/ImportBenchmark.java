package ru.spojournal.exchange;

import static ru.spojournal.exchange.ExchangeFixtures.row;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.spojournal.JournalApplication;
import ru.spojournal.exchange.domain.CollegeImports;
import ru.spojournal.exchange.domain.ImportBatch;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;

/**
 * Imports a generated file of 10,000 students with their parents into an empty college and prints
 * the time of each phase and the peak heap. Not a test: run it by hand (see docs/exchange.md).
 * The database is BENCH_DB_URL (with BENCH_DB_USER, BENCH_DB_PASSWORD), an in-memory H2 by
 * default; BENCH_STUDENTS and BENCH_FORMAT (xlsx or csv) change the file.
 */
public final class ImportBenchmark {

    private static final String[] PATRONYMICS = {
        "Петрович", "Иванович", "Сергеевич", "Андреевич", "Олегович", "Павлович", "Юрьевич", "Викторович"
    };

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int students = Integer.parseInt(System.getenv().getOrDefault("BENCH_STUDENTS", "10000"));
        String format = System.getenv().getOrDefault("BENCH_FORMAT", "xlsx");
        String url = System.getenv()
                .getOrDefault(
                        "BENCH_DB_URL",
                        "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JournalApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getenv().getOrDefault("BENCH_DB_USER", "sa"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""),
                        "--journal.demo.fill-on-empty=false",
                        "--logging.level.root=warn")) {
            // Command-line arguments, so that they win over application.yml's own defaults.
            System.out.println("database: " + context.getEnvironment().getProperty("spring.datasource.url"));
            ExchangeFixtures fixtures = context.getBean(ExchangeFixtures.class);
            CollegeImports imports = context.getBean(CollegeImports.class);
            long college = fixtures.emptyCollege();
            int groups = Math.max(1, students / 25);
            fixtures.apply(college, ImportList.GROUPS, groupsFile(groups));
            Path file = Files.createTempFile("bench-students-", "." + format);
            byte[] content = studentsFile(students, groups, format);
            Files.write(file, content);
            System.out.printf(
                    "file: %d students, %d groups, %s, %.1f MB%n", students, groups, format, content.length / 1e6);
            content = null;
            System.gc();
            Peak peak = new Peak();
            long t0 = System.nanoTime();
            ImportBatch batch = fixtures.read(ImportList.STUDENTS, Files.readAllBytes(file));
            long t1 = System.nanoTime();
            ImportReport check = imports.check(college, batch);
            long t2 = System.nanoTime();
            ImportReport applied = imports.apply(
                    college, fixtures.read(ImportList.STUDENTS, Files.readAllBytes(file)), (done, of) -> {});
            long t3 = System.nanoTime();
            ImportReport again = imports.check(college, fixtures.read(ImportList.STUDENTS, Files.readAllBytes(file)));
            long t4 = System.nanoTime();
            peak.stop();
            System.out.printf(
                    "read %.1f s, check %.1f s, apply (read, check again, write) %.1f s, re-check %.1f s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
            System.out.printf(
                    "errors %d, applied %s, counts %s%n", check.errorCount(), applied.applied(), applied.counts());
            System.out.printf("re-import changes something: %s%n", again.changesSomething());
            System.out.printf(
                    "peak heap used %.0f MB (max heap %.0f MB), cores %d%n",
                    peak.max() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6,
                    Runtime.getRuntime().availableProcessors());
            Files.deleteIfExists(file);
        }
    }

    static byte[] groupsFile(int groups) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Группа", "Код специальности", "Специальность", "Отделение", "Курс", "Год набора"));
        for (int g = 0; g < groups; g++) {
            rows.add(row(
                    "ГР-" + (g + 1),
                    "22.02.05",
                    "Обработка металлов давлением",
                    "Отделение " + (g % 4 + 1),
                    String.valueOf(g % 4 + 1),
                    String.valueOf(2026 - g % 4)));
        }
        return Sheets.xlsx(rows);
    }

    /** Students with a mother and mostly a father; every twentieth shares a mother with the one before. */
    static byte[] studentsFile(int students, int groups, String format) {
        String[] surnames = {"Кузнецов", "Смирнов", "Иванов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков"};
        String[] names = {"Артём", "Максим", "Иван", "Дмитрий", "Никита", "Егор", "Кирилл", "Матвей"};
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(
                "Внешний код",
                "Фамилия",
                "Имя",
                "Отчество",
                "Пол",
                "Дата рождения",
                "Группа",
                "Номер зачётной книжки",
                "Родитель 1: ФИО",
                "Родитель 1: степень родства",
                "Родитель 1: телефон",
                "Родитель 2: ФИО",
                "Родитель 2: степень родства",
                "Родитель 2: телефон"));
        for (int i = 0; i < students; i++) {
            String surname = surnames[i / 64 % surnames.length];
            int family = i % 20 == 19 ? i - 1 : i;
            String phone = "+7 9" + String.format("%09d", family);
            int day = i / 64;
            rows.add(row(
                    "S-" + i,
                    surname,
                    names[i % names.length],
                    PATRONYMICS[i / 8 % 8],
                    "М",
                    String.format("%02d.%02d.20%02d", 1 + day % 28, 1 + day / 28 % 12, 5 + day / 336 % 5),
                    "ГР-" + (i % groups + 1),
                    "К-" + i,
                    surname + "а Мать" + family + " Ивановна",
                    "мать",
                    phone,
                    i % 3 == 0 ? "" : surname + " Пётр" + family + " Сергеевич",
                    i % 3 == 0 ? "" : "отец",
                    i % 3 == 0 ? "" : phone + "1"));
        }
        return format.equals("csv")
                ? Sheets.csv(rows, java.nio.charset.StandardCharsets.UTF_8, ";")
                : Sheets.xlsx(rows);
    }

    /** The highest heap use seen, sampled every 50 ms and from the pools' own peaks. */
    private static final class Peak {
        private final AtomicLong max = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        Peak() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler = new Thread(() -> {
                while (running) {
                    Runtime r = Runtime.getRuntime();
                    max.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() {
            running = false;
        }

        long max() {
            long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            return Math.min(max.get() == 0 ? pools : Math.max(max.get(), 0), Math.max(pools, max.get()));
        }
    }
}
