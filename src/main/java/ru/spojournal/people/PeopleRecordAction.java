package ru.spojournal.people;

/** What the administrator did to the record of a member of staff, a student or a parent. */
public enum PeopleRecordAction {
    STAFF_CREATED,
    STAFF_EDITED,
    STAFF_ARCHIVED,
    STAFF_RESTORED,
    STUDENT_ADMITTED,
    STUDENT_EDITED,
    STUDENT_MOVED,
    PARENT_CREATED,
    PARENT_EDITED,
    PARENT_LINKED,
    PARENT_UNLINKED
}
