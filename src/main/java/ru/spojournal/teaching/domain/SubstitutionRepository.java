package ru.spojournal.teaching.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    @Query("select s from Substitution s where s.institutionId = ?1 and s.date between ?2 and ?3 and s.deleted = false")
    List<Substitution> between(Long institutionId, LocalDate from, LocalDate to);
}
