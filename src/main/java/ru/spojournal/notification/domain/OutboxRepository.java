package ru.spojournal.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxEmail, Long> {

    boolean existsByDedupKey(String dedupKey);

    /**
     * Queues an e-mail unless one with its key is queued already. Two reactions to one occasion may
     * run at once (an alert after two quick marks): the database, not a prior check, keeps it one.
     */
    @Modifying
    @Query(value = """
            insert into email_outbox (id, institution_id, account_id, dedup_key, recipient, subject, body, status,
                                      attempts, next_attempt_at, created_at)
            values (nextval('id_seq'), ?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7)
            on conflict do nothing""", nativeQuery = true)
    int queue(
            long institutionId,
            Long accountId,
            String dedupKey,
            String recipient,
            String subject,
            String body,
            Instant now);

    @Query(
            "select e.id from OutboxEmail e where e.status = 'PENDING' and e.nextAttemptAt <= ?1 order by e.nextAttemptAt")
    List<Long> due(Instant now, Pageable page);

    /** Takes an e-mail for sending; only one sender of many gets 1. */
    @Modifying
    @Query("update OutboxEmail e set e.status = 'SENDING', e.attempts = e.attempts + 1, e.nextAttemptAt = ?2"
            + " where e.id = ?1 and e.status = 'PENDING'")
    int claim(Long id, Instant staleAfter);

    @Modifying
    @Query("update OutboxEmail e set e.status = 'SENT', e.sentAt = ?2, e.lastError = null where e.id = ?1")
    int sent(Long id, Instant at);

    @Modifying
    @Query("update OutboxEmail e set e.status = ?2, e.nextAttemptAt = ?3, e.lastError = ?4 where e.id = ?1")
    int failed(Long id, String status, Instant retryAt, String error);

    /** E-mails left in SENDING by a node that stopped are tried again. */
    @Modifying
    @Query("update OutboxEmail e set e.status = 'PENDING' where e.status = 'SENDING' and e.nextAttemptAt < ?1")
    int recover(Instant now);
}
