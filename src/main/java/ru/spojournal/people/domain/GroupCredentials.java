package ru.spojournal.people.domain;

import java.util.List;
import ru.spojournal.structure.GroupView;

/** A group's studying students and their parents, each with the state of their account. */
public record GroupCredentials(GroupView group, List<CredentialRow> rows) {}
