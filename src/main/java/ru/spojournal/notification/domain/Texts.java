package ru.spojournal.notification.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Russian texts of notifications, from the message bundle. */
@Component
class Texts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
