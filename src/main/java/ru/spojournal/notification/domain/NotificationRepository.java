package ru.spojournal.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.accountId = ?1 order by n.createdAt desc, n.id desc")
    List<Notification> inbox(Long accountId, Pageable page);

    @Query("select count(n) from Notification n where n.accountId = ?1 and n.readAt is null")
    long unread(Long accountId);

    @Query(
            "select n from Notification n where n.accountId = ?1 and n.kind in ?2 and n.createdAt >= ?3 and n.createdAt < ?4"
                    + " order by n.createdAt")
    List<Notification> between(Long accountId, Collection<NotificationKind> kinds, Instant from, Instant to);

    @Query(
            "select distinct n.accountId from Notification n where n.kind in ?1 and n.createdAt >= ?2 and n.createdAt < ?3")
    List<Long> accountsWith(Collection<NotificationKind> kinds, Instant from, Instant to);
}
