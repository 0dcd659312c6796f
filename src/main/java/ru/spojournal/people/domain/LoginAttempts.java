package ru.spojournal.people.domain;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks (R16: lockout of guessed passwords). A login that does not exist
 * is counted and locked the same way in memory, so the answers never tell whether a login exists.
 * An address with too many failures is throttled whatever logins it tries.
 */
@Service
class LoginAttempts {

    private static final int MAX_TRACKED = 100_000;

    private final LockingAccountRepository accounts;
    private final LoginEventRepository events;
    private final SecuritySettings settings;
    private final Clock clock;
    private final Map<String, Window> unknownLogins = new ConcurrentHashMap<>();
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();

    LoginAttempts(
            LockingAccountRepository accounts, LoginEventRepository events, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a login attempt may be checked at all now. */
    @Transactional(readOnly = true)
    public boolean blocked(String login, String address) {
        Instant now = clock.instant();
        Window byAddress = addresses.get(address);
        if (byAddress != null && byAddress.count(now, settings.addressWindow()) >= settings.maxFailuresPerAddress()) {
            return true;
        }
        Optional<UserAccount> account = accounts.findByLoginIgnoreCase(normal(login));
        if (account.isPresent()) {
            return account.get().isLocked(now);
        }
        Window unknown = unknownLogins.get(normal(login));
        return unknown != null && unknown.lockedUntil != null && unknown.lockedUntil.isAfter(now);
    }

    @Transactional
    public void failed(String login, String address, String userAgent) {
        Instant now = clock.instant();
        track(addresses, address == null ? "?" : address, now, null);
        Optional<UserAccount> account = accounts.lockByLogin(normal(login));
        if (account.isPresent()) {
            UserAccount a = account.get();
            a.failedLogin(now, settings.maxFailedAttempts(), settings.lockDuration());
            events.save(new LoginEvent(a.getInstitutionId(), a.getId(), now, address, userAgent, false));
        } else {
            track(unknownLogins, normal(login), now, settings);
        }
    }

    @Transactional
    public void succeeded(long accountId, String address, String userAgent) {
        Instant now = clock.instant();
        accounts.findById(accountId).ifPresent(a -> {
            a.succeededLogin(now);
            events.save(new LoginEvent(a.getInstitutionId(), a.getId(), now, address, userAgent, true));
        });
    }

    private void track(Map<String, Window> map, String key, Instant now, SecuritySettings lockSettings) {
        if (map.size() > MAX_TRACKED) {
            evictExpired(map, now);
        }
        Window w = map.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            Instant windowStart = now.minus(settings.addressWindow());
            if (w.first == null || w.first.isBefore(windowStart)) {
                w.first = now;
                w.failures = 0;
            }
            w.failures++;
            if (lockSettings != null && w.failures >= lockSettings.maxFailedAttempts()) {
                w.lockedUntil = now.plus(lockSettings.lockDuration());
                w.failures = 0;
            }
        }
    }

    private void evictExpired(Map<String, Window> map, Instant now) {
        Instant horizon = now.minus(settings.addressWindow()).minus(settings.lockDuration());
        for (Iterator<Window> it = map.values().iterator(); it.hasNext(); ) {
            Window w = it.next();
            if (w.first == null || w.first.isBefore(horizon)) {
                it.remove();
            }
        }
    }

    private static String normal(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Failures of one key within a sliding window. */
    private static final class Window {
        Instant first;
        int failures;
        Instant lockedUntil;

        synchronized int count(Instant now, java.time.Duration window) {
            return first != null && first.isAfter(now.minus(window)) ? failures : 0;
        }
    }
}

interface LockingAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByLoginIgnoreCase(String login);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where lower(a.login) = ?1")
    Optional<UserAccount> lockByLogin(String login);
}
