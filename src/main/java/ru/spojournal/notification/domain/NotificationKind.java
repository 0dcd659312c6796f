package ru.spojournal.notification.domain;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about, how it is delivered unless the account chose otherwise, and how it may be. */
public enum NotificationKind {
    MARK(Delivery.APP, EnumSet.allOf(Delivery.class)),
    ABSENCE(Delivery.EMAIL, EnumSet.allOf(Delivery.class)),
    HOMEWORK(Delivery.APP, EnumSet.allOf(Delivery.class)),
    NOTICE(Delivery.EMAIL, EnumSet.of(Delivery.APP, Delivery.EMAIL, Delivery.DIGEST)),
    ALERT(Delivery.EMAIL, EnumSet.of(Delivery.APP, Delivery.EMAIL)),
    WEEKLY_DIGEST(Delivery.EMAIL, EnumSet.of(Delivery.OFF, Delivery.EMAIL));

    private final Delivery byDefault;
    private final Set<Delivery> allowed;

    NotificationKind(Delivery byDefault, Set<Delivery> allowed) {
        this.byDefault = byDefault;
        this.allowed = allowed;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    public Set<Delivery> allowed() {
        return allowed;
    }

    /** How a notification reaches its account. */
    public enum Delivery {
        /** Not at all. */
        OFF,
        /** In the app only. */
        APP,
        /** In the app and by e-mail at once. */
        EMAIL,
        /** In the app, and by e-mail in one message at the end of the day. */
        DIGEST
    }
}
