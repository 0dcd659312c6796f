package ru.spojournal.people.domain;

import ru.spojournal.people.PersonName;

/** The administrator's correction of a profile: the name and the contacts, at a known version. */
public record ProfileEdit(PersonName name, String email, String phone, long version) {}
