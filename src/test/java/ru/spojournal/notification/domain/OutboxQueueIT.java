package ru.spojournal.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.people.Contact;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;

/**
 * Two reactions to one occasion may run at once (an alert after two quick marks of one student):
 * both succeed and one e-mail is queued, so that neither reaction fails and is left for a retry.
 */
@IntegrationTest
class OutboxQueueIT {

    private static final int AT_ONCE = 8;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    Colleges colleges;

    @Test
    void the_same_e_mail_queued_by_concurrent_reactions_is_queued_once_and_none_fails() throws Exception {
        College college = colleges.create(1);
        Colleges.Member mother = college.parents().get(0);
        Contact parent = new Contact(
                mother.accountId(), mother.personId(), mother.name(), "parent@example.org", Contact.Kind.PARENT);
        String key = "alert:low:concurrent:" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CyclicBarrier start = new CyclicBarrier(AT_ONCE);
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                all.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    notifications.email(college.institutionId(), parent, key, "Низкий средний балл", "Текст");
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outbox.findAll().stream().filter(e -> e.getDedupKey().equals(key)))
                .hasSize(1);
    }
}
