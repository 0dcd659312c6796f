package ru.spojournal.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the college's structure for every other module. Lists return plain views,
 * always limited to one institution.
 */
public interface CollegeStructure {

    InstitutionView institution(long id);

    Optional<InstitutionView> institutionByCode(String code);

    List<Long> institutionIds();

    boolean hasAnyInstitution();

    List<DepartmentView> departments(long institutionId);

    List<DepartmentView> departmentsHeadedBy(long staffId);

    List<SpecialtyView> specialties(long institutionId);

    List<GroupView> groups(long institutionId);

    long groupCount(long institutionId);

    /**
     * A group in use of this institution, or empty: a group of another college does not exist here,
     * and an archived one takes no new students, assignments or timetable.
     */
    Optional<GroupView> group(long institutionId, long groupId);

    /** A group of this institution, archived or not, for reading the records kept in it (R1). */
    Optional<GroupView> groupOfRecord(long institutionId, long groupId);

    /** Groups by id, archived ones included, for naming the groups that records refer to. */
    List<GroupView> groupsByIds(Collection<Long> ids);

    List<GroupView> groupsOfDepartments(Collection<Long> departmentIds);

    List<GroupView> groupsCuratedBy(long staffId);

    /** The group's subgroups in use; archived ones stay readable by id for old journals. */
    List<SubgroupView> subgroups(long groupId);

    List<SubgroupView> subgroupsByIds(Collection<Long> ids);

    /** The subgroups a student belongs to. */
    List<Long> subgroupsOfStudent(long studentId);

    List<Long> subgroupStudentIds(long subgroupId);

    List<SubjectView> subjects(long institutionId);

    List<SubjectView> subjectsByIds(Collection<Long> ids);

    List<CurriculumRowView> curriculum(long specialtyId);

    /** The active groups of the college with their external ids, in one query. */
    List<GroupRow> groupRows(long institutionId);

    /** Every subgroup of the college's groups. */
    List<SubgroupView> subgroupsOf(long institutionId);

    /** Who is in which subgroup, for the whole college at once. */
    List<SubgroupMemberRow> subgroupMembersOf(long institutionId);

    /** The curricula of all specialties of the college. */
    List<CurriculumRowView> curriculaOf(long institutionId);

    /** Which of the names are taken by a group of the college, archived groups included, in one query. */
    java.util.Set<String> takenGroupNames(long institutionId, Collection<String> names);
}
