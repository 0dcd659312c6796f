package ru.spojournal.people;

import java.time.Instant;

/**
 * R17: a change of a person's record (staff, student, parent, a movement, a parent's link), published
 * inside the change's transaction so that the audit log keeps it together with the change. The actor
 * is null when no one is signed in (a loader or a test calling the service).
 */
public record PeopleRecordChanged(
        long institutionId,
        Long actorAccountId,
        String actorLogin,
        String personName,
        PeopleRecordAction action,
        String detail,
        Instant at) {}
