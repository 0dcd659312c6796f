package ru.spojournal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.platform.jpa.BaseEntity;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_login")
    private String actorLogin;

    @Column(name = "target_account_id")
    private Long targetAccountId;

    @Column(name = "target_login")
    private String targetLogin;

    @Column(name = "target_name")
    private String targetName;

    private String detail;

    protected AuditEntry() {}

    AuditEntry(
            Long institutionId,
            Instant occurredAt,
            AuditKind kind,
            Long actorAccountId,
            String actorLogin,
            Long targetAccountId,
            String targetLogin,
            String targetName,
            String detail) {
        this.institutionId = institutionId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actorAccountId = actorAccountId;
        this.actorLogin = cut(actorLogin, 64);
        this.targetAccountId = targetAccountId;
        this.targetLogin = cut(targetLogin, 64);
        this.targetName = cut(targetName, 320);
        this.detail = cut(detail, 500);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    AuditEntryView view() {
        return new AuditEntryView(
                getId(),
                occurredAt,
                kind,
                actorAccountId,
                actorLogin,
                targetAccountId,
                targetLogin,
                targetName,
                detail);
    }
}
