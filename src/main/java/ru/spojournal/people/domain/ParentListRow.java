package ru.spojournal.people.domain;

import java.util.List;
import ru.spojournal.people.PersonName;

/** A line of the administrator's list of parents, with their children's names. */
public record ParentListRow(
        long id, PersonName name, String email, String phone, Long accountId, String login, List<String> children) {}
