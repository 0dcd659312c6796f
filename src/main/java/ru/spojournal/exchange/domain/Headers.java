package ru.spojournal.exchange.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Column headers of the lists, always in Russian: they are the files' format, the same whatever
 * language the page is shown in. Meanings and examples follow the reader's language.
 */
public final class Headers {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    public Headers(MessageSource messages) {
        this.messages = messages;
    }

    String header(String id) {
        return messages.getMessage("exchange.header." + id, null, RUSSIAN);
    }

    String parentHeader(String id, int n) {
        return messages.getMessage("exchange.header." + id, new Object[] {n}, RUSSIAN);
    }

    String help(ImportList list, String id, Locale locale) {
        return messages.getMessage("exchange.help." + list.slug() + "." + id, null, locale);
    }

    String example(ImportList list, String id) {
        return messages.getMessage("exchange.example." + list.slug() + "." + id, null, "", RUSSIAN);
    }
}
