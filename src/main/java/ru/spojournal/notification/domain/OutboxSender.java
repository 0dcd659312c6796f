package ru.spojournal.notification.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: each e-mail is first claimed (only one node of many gets it), then sent
 * outside any transaction, then marked sent; a failure is retried later and later, eight times.
 * Nothing is sent where no mail server is configured; the e-mails wait.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ATTEMPTS = 8;

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    OutboxSender(
            OutboxRepository outbox,
            ObjectProvider<JavaMailSender> mail,
            TransactionTemplate tx,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${journal.mail.from:journal@localhost}") String from) {
        this.outbox = outbox;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${journal.mail.poll-interval:10000}", initialDelay = 15000)
    void scheduled() {
        if (mail.getIfAvailable() != null) {
            sendDue();
        }
    }

    /** Sends what is due now; returns how many were sent. */
    public int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends what is due at the given moment (tests move it past a retry's delay). */
    public int sendDue(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        tx.executeWithoutResult(s -> outbox.recover(now));
        List<Long> due = outbox.due(now, PageRequest.of(0, 100));
        int sent = 0;
        for (Long id : due) {
            Boolean claimed = tx.execute(s -> outbox.claim(id, now.plus(Duration.ofMinutes(10))) == 1);
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            OutboxEmail email = outbox.findById(id).orElseThrow();
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(email.getRecipient());
                message.setSubject(email.getSubject());
                message.setText(email.getBody());
                sender.send(message);
                tx.executeWithoutResult(s -> outbox.sent(id, clock.instant()));
                sent++;
            } catch (RuntimeException e) {
                boolean last = email.getAttempts() >= MAX_ATTEMPTS;
                Instant retry = clock.instant().plus(Duration.ofSeconds(30L << Math.min(email.getAttempts(), 10)));
                String error = String.valueOf(e.getMessage());
                tx.executeWithoutResult(s -> outbox.failed(
                        id, last ? "FAILED" : "PENDING", retry, error.substring(0, Math.min(500, error.length()))));
                log.warn("e-mail {} not sent (attempt {}): {}", id, email.getAttempts(), error);
            }
        }
        return sent;
    }
}
