/**
 * People and their accounts: persons, staff, students and the history of their movements,
 * parents and their links to students, user accounts with roles, login with lockout, and the
 * login history. Other modules read people through {@link ru.spojournal.people.PeopleDirectory} and
 * change them through {@link ru.spojournal.people.PeopleAdmin} and
 * {@link ru.spojournal.people.AccountAdmin}; entities, repositories and the services behind these
 * interfaces live in {@code people.domain}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"platform", "structure"})
package ru.spojournal.people;
