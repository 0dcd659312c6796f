package ru.spojournal.people.domain;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.spojournal.people.AccountAction;
import ru.spojournal.people.AccountChanged;
import ru.spojournal.people.PeopleRecordAction;
import ru.spojournal.people.PeopleRecordChanged;
import ru.spojournal.people.PersonName;
import ru.spojournal.platform.security.CurrentUser;

/** Publishes {@link PeopleRecordChanged} with the signed-in user as the actor. */
@Component
class PeopleRecordEvents {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    PeopleRecordEvents(ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The Russian label of a kind of movement or a relation: the audit log keeps details in Russian. */
    String label(String key) {
        return messages.getMessage(key, null, key, RUSSIAN);
    }

    /** The signed-in user who acts, if any (none for jobs and the command line). */
    java.util.Optional<CurrentUser> actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u
                ? java.util.Optional.of(u)
                : java.util.Optional.empty();
    }

    /** An account blocked as a consequence of a change of the person's record, in the accounts' log. */
    void accountBlocked(UserAccount account, PersonName name, String detail) {
        CurrentUser actor = actor().orElse(null);
        events.publishEvent(new AccountChanged(
                account.getInstitutionId(),
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.login(),
                account.getId(),
                account.getLogin(),
                name == null ? null : name.full(),
                AccountAction.BLOCKED,
                detail,
                clock.instant()));
    }

    void changed(long institutionId, PersonName name, PeopleRecordAction action, String detail) {
        CurrentUser actor = actor().orElse(null);
        events.publishEvent(new PeopleRecordChanged(
                institutionId,
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.login(),
                name == null ? null : name.full(),
                action,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500),
                clock.instant()));
    }
}
