package ru.spojournal.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A student as the administrator's card shows them: the profile, the group and status, the history
 * of movements, the linked parents, and the versions an edit must come back with.
 */
public record StudentCard(
        long id,
        long version,
        PersonCard person,
        long personVersion,
        Long groupId,
        StudentStatus status,
        String recordBookNumber,
        LocalDate admittedOn,
        Long accountId,
        String login,
        List<MovementView> history,
        List<GuardianView> parents) {}
