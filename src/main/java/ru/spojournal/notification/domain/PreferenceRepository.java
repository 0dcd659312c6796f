package ru.spojournal.notification.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PreferenceRepository extends JpaRepository<Preference, Preference.Key> {

    @Query("select p from Preference p where p.key.accountId in ?1")
    List<Preference> ofAccounts(Collection<Long> accountIds);
}
