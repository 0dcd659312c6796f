package ru.spojournal.portal.domain;

/** Where a notice of absence stands. */
public enum NoticeStatus {
    SUBMITTED,
    CONFIRMED,
    REJECTED
}
