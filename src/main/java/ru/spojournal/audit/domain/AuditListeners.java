package ru.spojournal.audit.domain;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.AccountChanged;
import ru.spojournal.platform.error.RefusalLog.AccessRefused;

/**
 * Writes the audit log. An action on an account is written synchronously in the action's own
 * transaction, so the change and its record are kept together or not at all. A refused request
 * has no transaction of its own to join (it was refused): it is written in a new one, and a
 * failure to write it never turns the refusal into an error.
 */
@Component
class AuditListeners {

    private static final Logger log = LoggerFactory.getLogger(AuditListeners.class);

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditListeners(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountChanged e) {
        entries.save(new AuditEntry(
                e.institutionId(),
                e.at(),
                AuditKind.of(e.action()),
                e.actorAccountId(),
                e.actorLogin(),
                e.accountId(),
                e.accountLogin(),
                e.personName(),
                e.detail()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ru.spojournal.people.PeopleRecordChanged e) {
        entries.save(new AuditEntry(
                e.institutionId(),
                e.at(),
                AuditKind.of(e.action()),
                e.actorAccountId(),
                e.actorLogin(),
                null,
                null,
                e.personName(),
                e.detail()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessRefused e) {
        try {
            entries.save(new AuditEntry(
                    e.institutionId(),
                    clock.instant(),
                    AuditKind.ACCESS_REFUSED,
                    e.accountId(),
                    e.login(),
                    null,
                    null,
                    null,
                    e.method() + " " + e.path()));
        } catch (RuntimeException failure) {
            log.error("could not record the refusal of {} {} for {}", e.method(), e.path(), e.login(), failure);
        }
    }
}
