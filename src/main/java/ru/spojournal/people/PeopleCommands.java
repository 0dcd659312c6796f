package ru.spojournal.people;

import java.time.LocalDate;
import java.util.Set;
import ru.spojournal.platform.security.Role;

/** Inputs of {@link PeopleAdmin} and {@link AccountAdmin}. */
public final class PeopleCommands {

    private PeopleCommands() {}

    public record NewPerson(PersonName name, Sex sex, LocalDate birthDate, String email, String phone) {}

    public record NewAccount(String login, Long personId, Set<Role> roles) {}

    public record Movement(
            MovementKind kind, Long toGroupId, LocalDate effectiveOn, String orderNumber, String reason) {}

    /** What the administrator hands over once: the login and its one-time password. */
    public record IssuedCredentials(long accountId, String login, String oneTimePassword) {}

    /** A student admitted by an import: the person, its id in the source system, the group. */
    public record NewStudent(
            NewPerson person, String externalId, long groupId, String recordBookNumber, LocalDate admittedOn) {}

    /** A parent created by an import, with its id in the source system (may be null). */
    public record NewParent(NewPerson person, String externalId) {}
}
