package ru.spojournal.platform.error;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.security.CurrentUser;

/**
 * Every refused request is written down (152-ФЗ asks that access to personal data be controlled):
 * a log line now, and an {@link AccessRefused} event for the audit trail.
 */
@Component
public class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger("security.refusals");

    private final ApplicationEventPublisher events;

    RefusalLog(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void refused(String method, String path, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = null;
        Long institutionId = null;
        String login = auth == null ? "anonymous" : auth.getName();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            accountId = user.accountId();
            institutionId = user.institutionId();
        }
        log.warn("refused {} {} for {}: {}", method, path, login, reason);
        events.publishEvent(new AccessRefused(accountId, institutionId, login, method, path, reason, Instant.now()));
    }

    /** A request was refused; the audit module keeps these. */
    public record AccessRefused(
            Long accountId, Long institutionId, String login, String method, String path, String reason, Instant at) {}
}
