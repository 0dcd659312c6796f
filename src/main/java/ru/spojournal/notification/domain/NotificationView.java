package ru.spojournal.notification.domain;

import java.time.Instant;

/** A message of the inbox. */
public record NotificationView(
        Long id, NotificationKind kind, String title, String body, String link, Instant createdAt, boolean read) {}
