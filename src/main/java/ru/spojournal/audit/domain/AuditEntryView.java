package ru.spojournal.audit.domain;

import java.time.Instant;

/** A line of the audit log as the administrator reads it. */
public record AuditEntryView(
        long id,
        Instant at,
        AuditKind kind,
        Long actorAccountId,
        String actorLogin,
        Long targetAccountId,
        String targetLogin,
        String targetName,
        String detail) {}
