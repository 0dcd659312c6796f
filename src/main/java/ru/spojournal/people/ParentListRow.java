package ru.spojournal.people;

import java.util.List;

/** A line of the administrator's list of parents, with their children's names. */
public record ParentListRow(
        long id, PersonName name, String email, String phone, Long accountId, String login, List<String> children) {}
