package ru.spojournal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An account's choice of delivery for one kind of notification. */
@Entity
@Table(name = "notification_preference")
class Preference {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private NotificationKind.Delivery delivery;

    protected Preference() {}

    Preference(long accountId, NotificationKind kind, NotificationKind.Delivery delivery) {
        this.key = new Key(accountId, kind.name());
        this.delivery = delivery;
    }

    void choose(NotificationKind.Delivery delivery) {
        this.delivery = delivery;
    }

    Key key() {
        return key;
    }

    NotificationKind.Delivery delivery() {
        return delivery;
    }

    @Embeddable
    record Key(
            @Column(name = "account_id") Long accountId,
            @Column(name = "kind") String kind) implements Serializable {}
}
