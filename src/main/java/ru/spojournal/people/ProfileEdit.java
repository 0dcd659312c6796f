package ru.spojournal.people;

/** The administrator's correction of a profile: the name and the contacts, at a known version. */
public record ProfileEdit(PersonName name, String email, String phone, long version) {}
