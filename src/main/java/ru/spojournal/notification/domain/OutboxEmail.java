package ru.spojournal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.platform.jpa.BaseEntity;

/** An e-mail waiting to be sent, being sent, sent, or given up on. Its key makes it unique. */
@Entity
@Table(name = "email_outbox")
class OutboxEmail extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "dedup_key")
    private String dedupKey;

    private String recipient;
    private String subject;
    private String body;
    private String status;
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEmail() {}

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getDedupKey() {
        return dedupKey;
    }
}
