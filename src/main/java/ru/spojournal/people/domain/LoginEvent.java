package ru.spojournal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.people.LoginHistoryRow;
import ru.spojournal.platform.jpa.BaseEntity;

/** One attempt to sign in to an account, shown to its owner (R16: visible login history). */
@Entity
@Table(name = "login_event")
class LoginEvent extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String address;

    @Column(name = "user_agent")
    private String userAgent;

    private boolean success;

    protected LoginEvent() {}

    LoginEvent(
            long institutionId, long accountId, Instant occurredAt, String address, String userAgent, boolean success) {
        this.institutionId = institutionId;
        this.accountId = accountId;
        this.occurredAt = occurredAt;
        this.address = address;
        this.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length()));
        this.success = success;
    }

    LoginHistoryRow view() {
        return new LoginHistoryRow(occurredAt, address, userAgent, success);
    }
}
