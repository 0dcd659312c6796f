package ru.spojournal.portal.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A notice of absence as pages show it. */
public record NoticeView(
        Long id,
        Long studentId,
        Long parentId,
        LocalDate from,
        LocalDate to,
        String reasonCode,
        String comment,
        boolean hasAttachment,
        NoticeStatus status,
        Instant decidedAt,
        String decisionComment,
        Instant createdAt) {}
