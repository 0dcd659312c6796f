package ru.spojournal.notification.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.notification.domain.NotificationKind.Delivery;
import ru.spojournal.people.Contact;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.web.PublicAddress;

/**
 * Delivers a notification to accounts as each has chosen: into the in-app inbox, and by e-mail at
 * once (through the outbox) or later in the day's digest. The key of an e-mail is unique, so an
 * event handled twice still sends one e-mail.
 */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository inbox;
    private final PreferenceRepository preferences;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final PublicAddress address;

    Notifications(
            NotificationRepository inbox,
            PreferenceRepository preferences,
            OutboxRepository outbox,
            Clock clock,
            PublicAddress address) {
        this.address = address;
        this.inbox = inbox;
        this.preferences = preferences;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A message for some accounts; {@code key} names the event, so that it is e-mailed once per account. */
    public record Message(NotificationKind kind, String title, String body, String link, String key) {}

    public void send(long institutionId, Collection<Contact> to, Message m) {
        Map<Long, Map<NotificationKind, Delivery>> chosen =
                chosen(to.stream().map(Contact::accountId).toList());
        for (Contact c : to) {
            Delivery d = chosen.getOrDefault(c.accountId(), Map.of())
                    .getOrDefault(m.kind(), m.kind().byDefault());
            if (d == Delivery.OFF) {
                continue;
            }
            inbox.save(new Notification(
                    institutionId, c.accountId(), m.kind(), m.title(), m.body(), m.link(), clock.instant()));
            if (d == Delivery.EMAIL) {
                email(
                        institutionId,
                        c,
                        m.key() + ":" + c.accountId(),
                        m.title(),
                        m.body() + "\n\n" + address.of(m.link()));
            }
        }
    }

    /** The absolute link of a page, for the text of an e-mail. */
    public String link(String path) {
        return address.of(path);
    }

    /** Queues an e-mail unless one with the same key was queued before. */
    public void email(long institutionId, Contact to, String key, String subject, String body) {
        if (to.email() == null || to.email().isBlank()) {
            return;
        }
        outbox.queue(institutionId, to.accountId(), key, to.email(), subject, body, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<NotificationView> inbox(long accountId, int limit) {
        return inbox.inbox(accountId, PageRequest.of(0, limit)).stream()
                .map(Notification::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return inbox.unread(accountId);
    }

    public void markRead(long accountId, long notificationId) {
        inbox.findById(notificationId)
                .filter(n -> n.getAccountId() == accountId)
                .orElseThrow(() -> new NotFoundException("notification"))
                .read(clock.instant());
    }

    public void markAllRead(long accountId) {
        inbox.inbox(accountId, PageRequest.of(0, 500)).forEach(n -> n.read(clock.instant()));
    }

    /** The account's delivery for each kind, defaults filled in. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Delivery> preferences(long accountId) {
        Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            result.put(k, k.byDefault());
        }
        result.putAll(chosen(List.of(accountId)).getOrDefault(accountId, Map.of()));
        return result;
    }

    public void choose(long accountId, NotificationKind kind, Delivery delivery) {
        if (!kind.allowed().contains(delivery)) {
            throw new FieldRejectedException(kind.name(), "notification.delivery.notAllowed");
        }
        Preference.Key key = new Preference.Key(accountId, kind.name());
        preferences
                .findById(key)
                .ifPresentOrElse(
                        p -> p.choose(delivery), () -> preferences.save(new Preference(accountId, kind, delivery)));
    }

    private Map<Long, Map<NotificationKind, Delivery>> chosen(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return preferences.ofAccounts(accountIds).stream()
                .collect(Collectors.groupingBy(
                        p -> p.key().accountId(),
                        Collectors.toMap(p -> NotificationKind.valueOf(p.key().kind()), Preference::delivery)));
    }
}
