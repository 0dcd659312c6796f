package ru.spojournal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.platform.jpa.BaseEntity;

/** A message in an account's in-app inbox. */
@Entity
@Table(name = "notification")
class Notification extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String title;
    private String body;
    private String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            long institutionId,
            long accountId,
            NotificationKind kind,
            String title,
            String body,
            String link,
            Instant createdAt) {
        this.institutionId = institutionId;
        this.accountId = accountId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getAccountId() {
        return accountId;
    }

    NotificationView view() {
        return new NotificationView(getId(), kind, title, body, link, createdAt, readAt != null);
    }
}
