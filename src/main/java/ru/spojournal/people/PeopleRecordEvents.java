package ru.spojournal.people;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
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

    void changed(long institutionId, PersonName name, PeopleRecordAction action, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser actor = auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
        events.publishEvent(new PeopleRecordChanged(institutionId, actor == null ? null : actor.accountId(),
                actor == null ? null : actor.login(), name == null ? null : name.full(), action,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500), clock.instant()));
    }
}
