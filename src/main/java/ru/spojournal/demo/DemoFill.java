package ru.spojournal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import ru.spojournal.structure.CollegeStructure;

/**
 * Fills the demo college on the first start of an empty database before the web server opens its
 * port, so that nobody reaches a login page whose demo accounts do not exist yet. It runs as an
 * early phase of the context's start, after every bean and listener is ready and before the web
 * server's phase. A database that already holds a college is never touched; a start that creates a
 * real college ({@code journal.setup.code}) or generates a data set gets no demo college.
 */
@Component
class DemoFill implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoFill.class);

    private final DemoSettings settings;
    private final DemoCollegeGenerator generator;
    private final CollegeStructure structure;
    private final Environment environment;
    private volatile boolean running;

    DemoFill(
            DemoSettings settings,
            DemoCollegeGenerator generator,
            CollegeStructure structure,
            Environment environment) {
        this.settings = settings;
        this.generator = generator;
        this.structure = structure;
        this.environment = environment;
    }

    @Override
    public void start() {
        running = true;
        if (settings.fillOnEmpty()
                && settings.generate() == null
                && !environment.containsProperty("journal.setup.code")
                && !structure.hasAnyInstitution()) {
            long started = System.nanoTime();
            log.info("Empty database: filling the demo college (seed {})", settings.seed());
            generator.generate(DemoSize.DEMO, settings.seed(), 0, true);
            log.info("Demo college filled in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (whose phase is just under {@link SmartLifecycle#DEFAULT_PHASE}). */
    @Override
    public int getPhase() {
        return 0;
    }
}
