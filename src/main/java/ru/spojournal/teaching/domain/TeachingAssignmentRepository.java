package ru.spojournal.teaching.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeachingAssignmentRepository extends JpaRepository<TeachingAssignment, Long> {

    List<TeachingAssignment> findByTeacherStaffIdAndTermId(Long teacherStaffId, Long termId);

    List<TeachingAssignment> findByInstitutionIdAndTermId(Long institutionId, Long termId);

    List<TeachingAssignment> findByTeacherStaffIdAndTermIdAndArchivedFalse(Long teacherStaffId, Long termId);

    List<TeachingAssignment> findByGroupIdInAndTermIdAndArchivedFalse(Collection<Long> groupIds, Long termId);

    List<TeachingAssignment> findByInstitutionIdAndTermIdAndArchivedFalse(Long institutionId, Long termId);

    List<TeachingAssignment> findByGroupIdAndSubjectIdAndTermIdAndArchivedFalse(
            Long groupId, Long subjectId, Long termId);

    List<TeachingAssignment> findByInstitutionId(Long institutionId);

    List<TeachingAssignment> findByInstitutionIdAndArchivedFalse(Long institutionId);
}
