package ru.spojournal.platform.events;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry small and moving. A reaction that failed, or that was left
 * unfinished by a stopped process (the registry marks it failed once it is stale), is tried again
 * as the {@link ResubmissionPolicy} says; completed publications are deleted after a while.
 */
@Component
public class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);
    private static final int BATCH = 500;

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final ResubmissionPolicy policy;
    private final Clock clock;

    EventPublicationMaintenance(
            FailedEventPublications failed,
            CompletedEventPublications completed,
            ResubmissionPolicy policy,
            Clock clock) {
        this.failed = failed;
        this.completed = completed;
        this.policy = policy;
        this.clock = clock;
    }

    // The registry stamps publications with the application's clock, so their ages are measured by it.
    @Scheduled(
            fixedDelayString = "${journal.events.check-interval:PT1M}",
            initialDelayString = "${journal.events.check-interval:PT1M}")
    public void resubmitDue() {
        resubmit(clock.instant(), false);
    }

    /** The administrator's «try again now»: every failed publication, given up or not, once more. */
    public void resubmitAllNow() {
        resubmit(clock.instant(), true);
    }

    void resubmit(Instant now, boolean evenGivenUp) {
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(BATCH)
                .withMaxInFlight(BATCH)
                .withFilter(p -> evenGivenUp || due(p, now)));
    }

    private boolean due(EventPublication p, Instant now) {
        Instant last = p.getLastResubmissionDate() == null ? p.getPublicationDate() : p.getLastResubmissionDate();
        return policy.due(p.getCompletionAttempts(), last, now);
    }

    @Scheduled(cron = "${journal.events.purge-cron:0 17 * * * *}")
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(policy.keepCompleted());
        log.debug("completed event publications older than {} deleted", policy.keepCompleted());
    }
}
