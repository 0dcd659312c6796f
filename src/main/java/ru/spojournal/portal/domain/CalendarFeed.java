package ru.spojournal.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret address of an account's calendar feed. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "institution_id")
    private Long institutionId;

    private String token;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {}

    CalendarFeed(long accountId, long institutionId, String token, Instant createdAt) {
        this.accountId = accountId;
        this.institutionId = institutionId;
        this.token = token;
        this.createdAt = createdAt;
    }

    void renew(String token, Instant at) {
        this.token = token;
        this.createdAt = at;
    }

    Long getAccountId() {
        return accountId;
    }

    String getToken() {
        return token;
    }
}
