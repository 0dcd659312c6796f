package ru.spojournal.portal.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AbsenceNoticeRepository extends JpaRepository<AbsenceNotice, Long> {

    @Query("select n from AbsenceNotice n where n.studentId in ?1 order by n.createdAt desc")
    List<AbsenceNotice> ofStudents(Collection<Long> studentIds);
}
