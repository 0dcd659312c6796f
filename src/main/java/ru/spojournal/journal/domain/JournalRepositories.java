package ru.spojournal.journal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkTypeRepository extends JpaRepository<WorkType, Long> {

    List<WorkType> findByInstitutionIdOrderBySortOrder(Long institutionId);

    boolean existsByInstitutionId(Long institutionId);
}

interface LessonTypeRepository extends JpaRepository<LessonType, Long> {

    List<LessonType> findByInstitutionIdOrderBySortOrder(Long institutionId);
}

interface AbsenceReasonRepository extends JpaRepository<AbsenceReason, Long> {

    List<AbsenceReason> findByInstitutionIdOrderBySortOrder(Long institutionId);
}

interface LessonRepository extends JpaRepository<Lesson, Long> {

    @Query(
            "select l from Lesson l where l.assignmentId = ?1 and l.deleted = false order by l.lessonDate, l.periodNumber, l.id")
    List<Lesson> ofJournal(Long assignmentId);

    @Query("select l from Lesson l where l.assignmentId in ?1 and l.lessonDate = ?2 and l.deleted = false")
    List<Lesson> ofJournalsOn(Collection<Long> assignmentIds, java.time.LocalDate date);

    /**
     * Notes when attendance was first taken (R13). Many saves of one lesson's attendance arrive at
     * once; this touches neither the lesson's version nor a time already noted, so they never
     * conflict with one another (the first one's time stays).
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query(
            value = "update lesson set attendance_taken_at = ?2 where id = ?1 and attendance_taken_at is null",
            nativeQuery = true)
    int attendanceTaken(long lessonId, java.time.Instant at);
}

interface MarkColumnRepository extends JpaRepository<MarkColumn, Long> {

    @Query("select c from MarkColumn c where c.assignmentId = ?1 and c.deleted = false order by c.lessonId, c.position")
    List<MarkColumn> ofJournal(Long assignmentId);

    @Query("select c from MarkColumn c where c.lessonId = ?1 and c.deleted = false order by c.position")
    List<MarkColumn> ofLesson(Long lessonId);
}

interface MarkRepository extends JpaRepository<Mark, Long> {

    @Query("select m from Mark m where m.assignmentId = ?1 and m.value is not null")
    List<Mark> ofJournal(Long assignmentId);

    Optional<Mark> findByColumnIdAndStudentId(Long columnId, Long studentId);

    @Query("select count(m) from Mark m where m.columnId in ?1 and m.value is not null")
    long countSetIn(Collection<Long> columnIds);

    @Query("select m from Mark m where m.assignmentId = ?1 and m.studentId = ?2 and m.value is not null")
    List<Mark> ofStudent(Long assignmentId, Long studentId);
}

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a where a.assignmentId = ?1 and a.kind is not null")
    List<Attendance> ofJournal(Long assignmentId);

    Optional<Attendance> findByLessonIdAndStudentId(Long lessonId, Long studentId);
}

interface HomeworkRepository extends JpaRepository<Homework, Long> {

    @Query(
            "select distinct h from Homework h left join fetch h.targets where h.assignmentId = ?1 and h.deleted = false")
    List<Homework> ofJournal(Long assignmentId);

    @Query("select h from Homework h where h.lessonId = ?1 and h.deleted = false")
    List<Homework> ofLesson(Long lessonId);
}

interface ExemptionRepository extends JpaRepository<Exemption, Long> {

    @Query("select e from Exemption e where e.assignmentId = ?1 and e.active = true")
    List<Exemption> activeOf(Long assignmentId);

    Optional<Exemption> findByAssignmentIdAndStudentId(Long assignmentId, Long studentId);
}

interface JournalChangeRepository extends JpaRepository<JournalChange, Long> {

    @Query("select c from JournalChange c where c.assignmentId = ?1 and c.kind = ?2 and c.subjectId = ?3"
            + " and c.studentId = ?4 order by c.changedAt desc, c.id desc")
    List<JournalChange> ofCell(Long assignmentId, ChangeKind kind, Long subjectId, Long studentId);

    @Query("select c from JournalChange c where c.assignmentId = ?1 and c.lessonId = ?2"
            + " order by c.changedAt desc, c.id desc")
    List<JournalChange> ofLesson(Long assignmentId, Long lessonId);

    @Query("select c from JournalChange c where c.assignmentId = ?1 order by c.changedAt desc, c.id desc")
    List<JournalChange> ofJournal(Long assignmentId, org.springframework.data.domain.Pageable page);
}
