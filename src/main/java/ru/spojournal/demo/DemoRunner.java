package ru.spojournal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.spojournal.structure.CollegeStructure;

/**
 * Fills the configured database with a data set on request from the command line
 * ({@code --journal.demo.generate=college}) and exits. The demo college of an empty database is
 * filled earlier, by {@link DemoFill}, before the web server opens.
 */
@Component
@Order(0)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoSettings settings;
    private final DemoCollegeGenerator generator;
    private final CollegeStructure structure;
    private final ConfigurableApplicationContext context;

    DemoRunner(
            DemoSettings settings,
            DemoCollegeGenerator generator,
            CollegeStructure structure,
            ConfigurableApplicationContext context) {
        this.settings = settings;
        this.generator = generator;
        this.structure = structure;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.generate() != null) {
            long started = System.nanoTime();
            int colleges = settings.generate() == DemoSize.REGION ? settings.colleges() : 1;
            boolean first = !structure.hasAnyInstitution();
            for (int i = 0; i < colleges; i++) {
                generator.generate(settings.generate(), settings.seed(), i, first && i == 0);
            }
            log.info(
                    "Generated {} ({} college(s)) in {} s",
                    settings.generate(),
                    colleges,
                    (System.nanoTime() - started) / 1_000_000_000);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
