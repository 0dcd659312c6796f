package ru.spojournal.exchange.domain;

import java.util.Objects;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonCard;

/** Whether a row says anything new about a person, so that re-importing a file changes nothing. */
final class PersonChanges {

    private PersonChanges() {}

    static boolean differ(PersonCard card, NewPerson person) {
        return !Objects.equals(card.name(), person.name())
                || card.sex() != person.sex()
                || !Objects.equals(card.birthDate(), person.birthDate())
                || !Objects.equals(card.email(), person.email())
                || !Objects.equals(card.phone(), person.phone());
    }
}
