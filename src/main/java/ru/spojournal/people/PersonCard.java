package ru.spojournal.people;

import java.time.LocalDate;

/**
 * A person with the details that lists of people carry: contacts, birth date, the identifier the
 * person has in another system (external id) and the login wished for them, if any.
 */
public record PersonCard(
        Long personId,
        PersonName name,
        Sex sex,
        LocalDate birthDate,
        String email,
        String phone,
        String externalId,
        String preferredLogin) {}
