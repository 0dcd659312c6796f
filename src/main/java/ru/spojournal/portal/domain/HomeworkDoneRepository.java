package ru.spojournal.portal.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HomeworkDoneRepository extends JpaRepository<HomeworkDone, HomeworkDone.Key> {

    @Query("select d.key.homeworkId from HomeworkDone d where d.key.studentId = ?1 and d.key.homeworkId in ?2")
    List<Long> doneOf(Long studentId, Collection<Long> homeworkIds);
}
