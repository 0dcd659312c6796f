package ru.spojournal.people;

/**
 * A member of staff as the administrator's page shows and edits them. Both versions go back with
 * the form, since one edit changes the person and the staff record.
 */
public record StaffCard(
        long id,
        long version,
        PersonCard person,
        long personVersion,
        String position,
        boolean archived,
        Long accountId,
        String login) {}
