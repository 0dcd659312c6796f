package ru.spojournal.teaching.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimetableSlotRepository extends JpaRepository<TimetableSlot, Long> {

    @Query("select s from TimetableSlot s where s.assignmentId in ?1 and s.deleted = false")
    List<TimetableSlot> ofAssignments(Collection<Long> assignmentIds);

    @Query("select s from TimetableSlot s where s.termId = ?1 and s.deleted = false")
    List<TimetableSlot> ofTerm(Long termId);
}
