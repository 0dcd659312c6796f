package ru.spojournal.teaching;

import java.time.LocalDate;
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

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    @Query("select s from Substitution s where s.institutionId = ?1 and s.date between ?2 and ?3 and s.deleted = false")
    List<Substitution> between(Long institutionId, LocalDate from, LocalDate to);
}
