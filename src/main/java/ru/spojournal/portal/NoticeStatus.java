package ru.spojournal.portal;

/** Where a notice of absence stands. */
public enum NoticeStatus {
    SUBMITTED,
    CONFIRMED,
    REJECTED
}
