package ru.spojournal.exchange.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import ru.spojournal.platform.security.CurrentUser;

/**
 * Runs imports off the request thread so that a large file neither blocks a server thread nor
 * times out the browser: the page polls the job for its progress. Two workers and a short queue
 * keep the server responsive; beyond that an upload is refused with a message. A job belongs to
 * the administrator who uploaded it and lives two hours. Jobs are kept in this node's memory: on
 * several nodes, the balancer must keep an administrator on one node (sticky sessions) while
 * importing.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration LIFETIME = Duration.ofHours(2);

    private final CollegeImports imports;
    private final OneRosterReader oneRoster;
    private final Headers headers;
    private final Clock clock;
    private final int maxRows;
    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(
            CollegeImports imports,
            OneRosterReader oneRoster,
            MessageSource messages,
            Clock clock,
            @Value("${journal.exchange.max-rows:20000}") int maxRows) {
        this.imports = imports;
        this.oneRoster = oneRoster;
        this.headers = new Headers(messages);
        this.clock = clock;
        this.maxRows = maxRows;
        workers.setCorePoolSize(2);
        workers.setMaxPoolSize(2);
        workers.setQueueCapacity(4);
        workers.setThreadNamePrefix("import-");
        workers.setDaemon(true);
        workers.initialize();
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Keeps the upload in a temporary file and starts reading and checking it. Empty when the
     * workers are all busy; the caller tells the user to try again shortly.
     */
    public Optional<ImportJob> start(CurrentUser user, String source, String fileName, InputStream content)
            throws IOException {
        expire();
        Path file = Files.createTempFile("import-", ".upload");
        Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ImportJob job = new ImportJob(
                UUID.randomUUID().toString(),
                user.accountId(),
                user.institutionId(),
                source,
                fileName,
                file,
                clock.instant());
        try {
            workers.execute(() -> check(job));
        } catch (RejectedExecutionException e) {
            Files.deleteIfExists(file);
            return Optional.empty();
        }
        jobs.put(job.id(), job);
        return Optional.of(job);
    }

    /** The job, if it is this user's: another administrator's upload does not exist for them. */
    public Optional<ImportJob> job(String id, CurrentUser user) {
        ImportJob job = jobs.get(id);
        return job != null && job.accountId() == user.accountId() && job.institutionId() == user.institutionId()
                ? Optional.of(job)
                : Optional.empty();
    }

    /** Starts applying a checked job without errors; false when it cannot be applied now. */
    public boolean apply(ImportJob job) {
        if (!job.canApply()) {
            return false;
        }
        job.phase(ImportJob.Phase.APPLYING);
        try {
            workers.execute(() -> applyNow(job));
            return true;
        } catch (RejectedExecutionException e) {
            job.phase(ImportJob.Phase.CHECKED);
            return false;
        }
    }

    private void check(ImportJob job) {
        try {
            ImportBatch batch = read(job);
            if (batch == null) {
                return;
            }
            job.phase(ImportJob.Phase.CHECKING);
            job.report(imports.check(job.institutionId(), batch));
            job.phase(ImportJob.Phase.CHECKED);
        } catch (RuntimeException e) {
            log.error("import {} failed while checking", job.id(), e);
            job.failed("exchange.job.failed");
        }
    }

    private void applyNow(ImportJob job) {
        try {
            ImportBatch batch = read(job);
            if (batch == null) {
                return;
            }
            ImportReport report = imports.apply(job.institutionId(), batch, job::steps);
            log.info(
                    "import {} of {} ({}) by account {} in college {}: applied {}, {}",
                    job.id(),
                    job.source(),
                    job.fileName(),
                    job.accountId(),
                    job.institutionId(),
                    report.applied(),
                    report.counts());
            job.report(report);
            job.phase(report.applied() ? ImportJob.Phase.APPLIED : ImportJob.Phase.CHECKED);
            if (report.applied()) {
                Files.deleteIfExists(job.file());
            }
        } catch (IOException | RuntimeException e) {
            log.error("import {} failed while applying", job.id(), e);
            job.failed("exchange.job.failed");
        }
    }

    /** Reads the job's file into a batch; null (and the job failed) when the file is unreadable. */
    private ImportBatch read(ImportJob job) {
        ImportBatch batch = new ImportBatch();
        try {
            if (OneRosterReader.SOURCE.equals(job.source())) {
                oneRoster.read(job.file(), batch, job::rowRead);
            } else {
                new TableReader(maxRows)
                        .read(
                                job.file(),
                                new ListReader(ImportList.bySlug(job.source()), batch, headers, job::rowRead));
            }
            return batch;
        } catch (FileRejected e) {
            job.failed(e.messageKey(), e.arguments());
            return null;
        }
    }

    /** Stops the workers and removes the uploads kept on disk. */
    @jakarta.annotation.PreDestroy
    void shutdown() {
        workers.shutdown();
        jobs.values().forEach(job -> job.file().toFile().delete());
        jobs.clear();
    }

    private void expire() {
        var now = clock.instant();
        jobs.values().removeIf(job -> {
            boolean old = job.started().plus(LIFETIME).isBefore(now);
            if (old) {
                try {
                    Files.deleteIfExists(job.file());
                } catch (IOException e) {
                    log.warn("could not delete {}", job.file());
                }
            }
            return old;
        });
    }
}
