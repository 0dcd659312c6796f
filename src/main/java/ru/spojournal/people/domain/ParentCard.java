package ru.spojournal.people.domain;

import java.util.List;
import ru.spojournal.people.PersonCard;

/** A parent as the administrator's card shows and edits them, with the linked students. */
public record ParentCard(
        long id,
        long version,
        PersonCard person,
        long personVersion,
        Long accountId,
        String login,
        List<LinkedChild> children) {}
