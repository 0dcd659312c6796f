package ru.spojournal.portal.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.security.CurrentUser;

/**
 * Personal calendar feeds for phone calendars: an address with a long random secret, which the
 * owner can renew at any time, making the old address useless.
 */
@Service
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** The account's token, made on first use. */
    public String tokenOf(CurrentUser user) {
        return feeds.findById(user.accountId())
                .orElseGet(() ->
                        feeds.save(new CalendarFeed(user.accountId(), user.institutionId(), fresh(), clock.instant())))
                .getToken();
    }

    public String renew(CurrentUser user) {
        CalendarFeed feed = feeds.findById(user.accountId())
                .orElseGet(() -> new CalendarFeed(user.accountId(), user.institutionId(), fresh(), clock.instant()));
        feed.renew(fresh(), clock.instant());
        return feeds.save(feed).getToken();
    }

    @Transactional(readOnly = true)
    public Optional<Long> accountOf(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return feeds.findByToken(token).map(CalendarFeed::getAccountId);
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByToken(String token);
}
