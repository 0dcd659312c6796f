/**
 * Notifications (R25): in-app messages and e-mails about new marks, absences, homework and the
 * answers to absence notices; alerts to curators and parents when a student misses lessons in a
 * row or falls behind; daily and weekly digests. Each account chooses what and how. E-mails go
 * through an outbox: sent off the request thread, retried on failure, and never twice.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"journal", "people", "platform", "portal :: events", "structure", "teaching"})
package ru.spojournal.notification;
