package ru.spojournal.structure.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectKind;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    Optional<Institution> findByCode(String code);
}

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByInstitutionIdAndArchivedFalseOrderByName(Long institutionId);

    List<Department> findByHeadStaffId(Long staffId);

    boolean existsByInstitutionIdAndName(Long institutionId, String name);

    @Query("select d from Department d where d.institutionId = ?1 and (?2 = true or d.archived = false)"
            + " and (lower(d.name) like ?3 escape '!' or lower(d.shortName) like ?3 escape '!')")
    Page<Department> search(Long institutionId, boolean archived, String pattern, Pageable pageable);

    @Query("select count(d) > 0 from Department d where d.institutionId = ?1 and lower(d.name) = lower(?2)"
            + " and d.id <> ?3")
    boolean nameTaken(Long institutionId, String name, Long exceptId);
}

interface SpecialtyRepository extends JpaRepository<Specialty, Long> {

    List<Specialty> findByInstitutionIdAndArchivedFalseOrderByCode(Long institutionId);

    boolean existsByInstitutionIdAndCode(Long institutionId, String code);

    @Query(
            "select s from Specialty s where s.institutionId = ?1 and (?2 = true or s.archived = false)"
                    + " and (lower(s.code) like ?3 escape '!' or lower(s.name) like ?3 escape '!' or lower(s.qualification) like ?3 escape '!')")
    Page<Specialty> search(Long institutionId, boolean archived, String pattern, Pageable pageable);

    @Query("select count(s) > 0 from Specialty s where s.institutionId = ?1 and s.code = ?2 and s.id <> ?3")
    boolean codeTaken(Long institutionId, String code, Long exceptId);
}

interface AcademicYearRepository extends JpaRepository<AcademicYear, Long> {

    List<AcademicYear> findByInstitutionIdOrderByStartDateDesc(Long institutionId);

    boolean existsByInstitutionIdAndName(Long institutionId, String name);
}

interface TermRepository extends JpaRepository<Term, Long> {

    @Query("select t from Term t join fetch t.academicYear where t.institutionId = ?1 order by t.startDate")
    List<Term> findAllOf(Long institutionId);

    @Query("select count(t) > 0 from Term t where t.academicYear.id = ?1" + " and (t.startDate < ?2 or t.endDate > ?3)")
    boolean anyOutside(Long academicYearId, java.time.LocalDate start, java.time.LocalDate end);

    @Query("select count(t) > 0 from Term t where t.academicYear.id = ?1 and t.number = ?2")
    boolean existsNumber(Long academicYearId, int number);
}

interface BellScheduleRepository extends JpaRepository<BellSchedule, Long> {

    List<BellSchedule> findByInstitutionId(Long institutionId);
}

interface PeriodRepository extends JpaRepository<Period, Long> {

    @Query("select p from Period p where p.institutionId = ?1 order by p.number")
    List<Period> findAllOf(Long institutionId);

    List<Period> findByBellScheduleId(Long bellScheduleId);
}

interface StudyGroupRepository extends JpaRepository<StudyGroup, Long> {

    String ANY = "select new ru.spojournal.structure.GroupView(g.id, g.name, s.id, s.code, s.name, d.id, d.name,"
            + " g.course, g.admissionYear, g.curatorStaffId, g.archived) from StudyGroup g, Specialty s, Department d"
            + " where s.id = g.specialtyId and d.id = g.departmentId";

    String VIEW = ANY + " and g.archived = false";

    @Query(VIEW + " and g.institutionId = ?1 order by g.name")
    List<GroupView> viewsOf(Long institutionId);

    @Query(VIEW + " and g.institutionId = ?1 and g.id = ?2")
    Optional<GroupView> viewOf(Long institutionId, Long id);

    @Query(ANY + " and g.institutionId = ?1 and g.id = ?2")
    Optional<GroupView> recordOf(Long institutionId, Long id);

    @Query(ANY + " and g.id in ?1 order by g.name")
    List<GroupView> viewsByIds(Collection<Long> ids);

    @Query(VIEW + " and g.departmentId in ?1 order by g.name")
    List<GroupView> viewsOfDepartments(Collection<Long> departmentIds);

    @Query(VIEW + " and g.curatorStaffId = ?1 order by g.name")
    List<GroupView> viewsCuratedBy(Long staffId);

    boolean existsByInstitutionIdAndName(Long institutionId, String name);

    @Query("select g.name from StudyGroup g where g.institutionId = ?1 and g.name in ?2")
    List<String> namesTaken(Long institutionId, Collection<String> names);

    String ROWS =
            "select new ru.spojournal.structure.domain.GroupAdminRow(g.id, g.name, s.id, s.code, d.id, d.shortName,"
                    + " g.course, g.admissionYear, g.curatorStaffId, g.archived, g.version)"
                    + " from StudyGroup g, Specialty s, Department d where s.id = g.specialtyId and d.id = g.departmentId";

    String SEARCH = " and g.institutionId = ?1 and (?2 = true or g.archived = false)"
            + " and (lower(g.name) like ?3 escape '!' or lower(s.code) like ?3 escape '!' or lower(s.name) like ?3 escape '!')";

    @Query(
            value = ROWS + SEARCH,
            countQuery = "select count(g) from StudyGroup g, Specialty s" + " where s.id = g.specialtyId" + SEARCH)
    Page<GroupAdminRow> search(Long institutionId, boolean archived, String pattern, Pageable pageable);

    @Query("select count(g) > 0 from StudyGroup g where g.institutionId = ?1 and lower(g.name) = lower(?2)"
            + " and g.id <> ?3")
    boolean nameTaken(Long institutionId, String name, Long exceptId);

    @Query("select count(g) from StudyGroup g where g.institutionId = ?1 and g.archived = false")
    long countActive(Long institutionId);

    @Query("select g from StudyGroup g where g.institutionId = ?1 and g.archived = false order by g.name")
    List<StudyGroup> findActive(Long institutionId);
}

interface SubgroupRepository extends JpaRepository<Subgroup, Long> {

    List<Subgroup> findByGroupIdAndArchivedFalseOrderByName(Long groupId);

    List<Subgroup> findByGroupIdOrderByName(Long groupId);

    @Query("select count(s) > 0 from Subgroup s where s.groupId = ?1 and lower(s.name) = lower(?2) and s.id <> ?3")
    boolean nameTaken(Long groupId, String name, Long exceptId);

    List<Subgroup> findByIdIn(Collection<Long> ids);

    List<Subgroup> findByInstitutionId(Long institutionId);
}

interface SubgroupMemberRepository extends JpaRepository<SubgroupMember, SubgroupMember.Key> {

    @Query("select m.key.studentId from SubgroupMember m where m.key.subgroupId = ?1")
    List<Long> studentIdsOf(Long subgroupId);

    @Query("select m.key.subgroupId from SubgroupMember m where m.key.studentId = ?1")
    List<Long> subgroupsOf(Long studentId);

    @Query("select m from SubgroupMember m where m.institutionId = ?1")
    List<SubgroupMember> findAllOf(Long institutionId);

    @Query("select m from SubgroupMember m where m.key.subgroupId in ?1")
    List<SubgroupMember> findOfSubgroups(Collection<Long> subgroupIds);
}

interface SubjectRepository extends JpaRepository<Subject, Long> {

    List<Subject> findByInstitutionIdAndArchivedFalseOrderByCode(Long institutionId);

    List<Subject> findByIdIn(Collection<Long> ids);

    String ROWS =
            "select new ru.spojournal.structure.domain.SubjectRow(s.id, s.code, s.name, s.kind, s.parentId, p.code,"
                    + " s.archived, s.version) from Subject s left join Subject p on p.id = s.parentId";

    String SEARCH = " where s.institutionId = ?1 and (?2 = true or s.archived = false)"
            + " and (lower(s.code) like ?3 escape '!' or lower(s.name) like ?3 escape '!')";

    @Query(value = ROWS + SEARCH, countQuery = "select count(s) from Subject s" + SEARCH)
    Page<SubjectRow> search(Long institutionId, boolean archived, String pattern, Pageable pageable);

    @Query(ROWS + " where s.id = ?1")
    Optional<SubjectRow> rowOf(Long id);

    @Query("select s from Subject s where s.institutionId = ?1 and s.kind = ?2 and s.archived = false order by s.code")
    List<Subject> findActiveOfKind(Long institutionId, SubjectKind kind);

    @Query("select count(s) > 0 from Subject s where s.institutionId = ?1 and lower(s.code) = lower(?2)"
            + " and lower(s.name) = lower(?3) and s.id <> ?4")
    boolean taken(Long institutionId, String code, String name, Long exceptId);
}

interface CurriculumRowRepository extends JpaRepository<CurriculumRow, Long> {

    List<CurriculumRow> findBySpecialtyIdOrderBySemester(Long specialtyId);

    List<CurriculumRow> findByInstitutionId(Long institutionId);

    @Query("select new ru.spojournal.structure.domain.CurriculumLine(r.id, r.semester, s.id, s.code, s.name, r.hours,"
            + " r.attestationForm, r.archived, r.version) from CurriculumRow r, Subject s where s.id = r.subjectId"
            + " and r.specialtyId = ?1 and (?2 = true or r.archived = false) order by r.semester, s.code, s.name")
    List<CurriculumLine> linesOf(Long specialtyId, boolean archived);

    @Query("select count(r) > 0 from CurriculumRow r where r.specialtyId = ?1 and r.subjectId = ?2 and r.semester = ?3")
    boolean exists(Long specialtyId, Long subjectId, int semester);
}
