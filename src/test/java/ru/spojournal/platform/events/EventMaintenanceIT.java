package ru.spojournal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * A reaction that fails is tried again after its pause and completes once its cause is gone; one
 * that keeps failing is given up after the last attempt and shown to the administrator; completed
 * publications are purged.
 */
@IntegrationTest
@Import(EventMaintenanceIT.Listening.class)
@TestPropertySource(properties = "journal.events.keep-completed=PT0S")
class EventMaintenanceIT {

    @Autowired
    EventPublications publications;

    @Autowired
    ru.spojournal.support.Colleges colleges;

    @Autowired
    EventPublicationMaintenance maintenance;

    @Autowired
    ResubmissionPolicy policy;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Flaky flaky;

    @Autowired
    MockMvc mvc;

    /** An event only this test publishes. */
    record Happened(String id) {}

    @TestConfiguration
    static class Listening {

        @Bean
        Flaky flaky() {
            return new Flaky();
        }
    }

    /** A listener that fails as often as it is told to (the bean is a proxy: state only through methods). */
    static class Flaky {

        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();

        @ApplicationModuleListener
        public void on(Happened e) {
            calls.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the mail server is away");
            }
        }

        public void fail(int times) {
            failuresLeft.set(times);
        }

        public int calls() {
            return calls.get();
        }
    }

    @Test
    void a_failed_reaction_is_retried_after_its_pause_and_completes() {
        flaky.fail(1);
        String id = publish();
        awaitStatus(id, "FAILED");
        assertThat(publications.backlog().failed()).isGreaterThanOrEqualTo(1);

        maintenance.resubmit(clock.instant().plusSeconds(30), false);
        assertThat(status(id)).as("not due before its pause").isEqualTo("FAILED");

        maintenance.resubmit(clock.instant().plus(policy.pauseAfter(1)).plusSeconds(1), false);
        awaitStatus(id, "COMPLETED");
        assertThat(attempts(id)).as("the first attempt and one more").isEqualTo(2);

        maintenance.purgeCompleted();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Long.class,
                        "%" + id + "%"))
                .as("completed publications are purged")
                .isZero();
    }

    @Test
    void a_reaction_that_always_fails_is_given_up_after_the_last_attempt_and_the_admin_sees_it() throws Exception {
        flaky.fail(Integer.MAX_VALUE);
        String id = publish();
        awaitStatus(id, "FAILED");
        Instant now = clock.instant();
        for (int attempt = 1; attempt < policy.maxAttempts(); attempt++) {
            now = now.plus(policy.pauseAfter(attempt)).plusSeconds(1);
            int calls = flaky.calls();
            maintenance.resubmit(now, false);
            await().atMost(Duration.ofSeconds(10)).until(() -> flaky.calls() > calls && "FAILED".equals(status(id)));
        }
        assertThat(attempts(id)).isEqualTo(policy.maxAttempts());
        int calls = flaky.calls();
        maintenance.resubmit(now.plus(Duration.ofDays(30)), false);
        Thread.sleep(500);
        assertThat(flaky.calls()).as("given up: not tried again").isEqualTo(calls);
        assertThat(publications.backlog().givenUp()).isGreaterThanOrEqualTo(1);

        var admin = Logins.session(mvc, colleges.create(1).admin());
        String page = mvc.perform(get("/admin/events").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("EventMaintenanceIT.Happened").contains("повторы исчерпаны");
        assertThat(mvc.perform(get("/admin").session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Не удались реакции на изменения");

        flaky.fail(0);
        maintenance.resubmitAllNow();
        awaitStatus(id, "COMPLETED");
    }

    private String publish() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> events.publishEvent(new Happened(id)));
        return id;
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(status(id)));
    }

    private String status(String id) {
        return jdbc
                .queryForList(
                        "select status from event_publication where serialized_event like ?",
                        String.class,
                        "%" + id + "%")
                .stream()
                .findFirst()
                .orElse(null);
    }

    private int attempts(String id) {
        return jdbc.queryForObject(
                "select completion_attempts from event_publication where serialized_event like ?",
                Integer.class,
                "%" + id + "%");
    }
}
