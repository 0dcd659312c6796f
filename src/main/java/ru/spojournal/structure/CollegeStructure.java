package ru.spojournal.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.NotFoundException;

/**
 * Read access to the college's structure for every other module. Lists return plain views,
 * always limited to one institution.
 */
@Service
@Transactional(readOnly = true)
public class CollegeStructure {

    private final InstitutionRepository institutions;
    private final DepartmentRepository departments;
    private final SpecialtyRepository specialties;
    private final StudyGroupRepository groups;
    private final SubgroupRepository subgroups;
    private final SubgroupMemberRepository members;
    private final SubjectRepository subjects;
    private final CurriculumRowRepository curriculum;

    CollegeStructure(
            InstitutionRepository institutions,
            DepartmentRepository departments,
            SpecialtyRepository specialties,
            StudyGroupRepository groups,
            SubgroupRepository subgroups,
            SubgroupMemberRepository members,
            SubjectRepository subjects,
            CurriculumRowRepository curriculum) {
        this.institutions = institutions;
        this.departments = departments;
        this.specialties = specialties;
        this.groups = groups;
        this.subgroups = subgroups;
        this.members = members;
        this.subjects = subjects;
        this.curriculum = curriculum;
    }

    public InstitutionView institution(long id) {
        return institutions.findById(id).map(Institution::view).orElseThrow(() -> new NotFoundException("institution"));
    }

    public Optional<InstitutionView> institutionByCode(String code) {
        return institutions.findByCode(code).map(Institution::view);
    }

    public List<Long> institutionIds() {
        return institutions.findAll().stream().map(Institution::getId).toList();
    }

    public boolean hasAnyInstitution() {
        return institutions.count() > 0;
    }

    public List<DepartmentView> departments(long institutionId) {
        return departments.findByInstitutionIdAndArchivedFalseOrderByName(institutionId).stream()
                .map(Department::view)
                .toList();
    }

    public List<DepartmentView> departmentsHeadedBy(long staffId) {
        return departments.findByHeadStaffId(staffId).stream()
                .map(Department::view)
                .toList();
    }

    public List<SpecialtyView> specialties(long institutionId) {
        return specialties.findByInstitutionIdAndArchivedFalseOrderByCode(institutionId).stream()
                .map(Specialty::view)
                .toList();
    }

    public List<GroupView> groups(long institutionId) {
        return groups.viewsOf(institutionId);
    }

    public long groupCount(long institutionId) {
        return groups.countActive(institutionId);
    }

    /**
     * A group in use of this institution, or empty: a group of another college does not exist here,
     * and an archived one takes no new students, assignments or timetable.
     */
    public Optional<GroupView> group(long institutionId, long groupId) {
        return groups.viewOf(institutionId, groupId);
    }

    /** A group of this institution, archived or not, for reading the records kept in it (R1). */
    public Optional<GroupView> groupOfRecord(long institutionId, long groupId) {
        return groups.recordOf(institutionId, groupId);
    }

    /** Groups by id, archived ones included, for naming the groups that records refer to. */
    public List<GroupView> groupsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : groups.viewsByIds(ids);
    }

    public List<GroupView> groupsOfDepartments(Collection<Long> departmentIds) {
        return departmentIds.isEmpty() ? List.of() : groups.viewsOfDepartments(departmentIds);
    }

    public List<GroupView> groupsCuratedBy(long staffId) {
        return groups.viewsCuratedBy(staffId);
    }

    /** The group's subgroups in use; archived ones stay readable by id for old journals. */
    public List<SubgroupView> subgroups(long groupId) {
        return subgroups.findByGroupIdAndArchivedFalseOrderByName(groupId).stream()
                .map(Subgroup::view)
                .toList();
    }

    public List<SubgroupView> subgroupsByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : subgroups.findByIdIn(ids).stream().map(Subgroup::view).toList();
    }

    /** The subgroups a student belongs to. */
    public List<Long> subgroupsOfStudent(long studentId) {
        return members.subgroupsOf(studentId);
    }

    public List<Long> subgroupStudentIds(long subgroupId) {
        return members.studentIdsOf(subgroupId);
    }

    public List<SubjectView> subjects(long institutionId) {
        return subjects.findByInstitutionIdAndArchivedFalseOrderByCode(institutionId).stream()
                .map(Subject::view)
                .toList();
    }

    public List<SubjectView> subjectsByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : subjects.findByIdIn(ids).stream().map(Subject::view).toList();
    }

    public List<CurriculumRowView> curriculum(long specialtyId) {
        return curriculum.findBySpecialtyIdOrderBySemester(specialtyId).stream()
                .map(CurriculumRow::view)
                .toList();
    }

    /** The active groups of the college with their external ids, in one query. */
    public List<GroupRow> groupRows(long institutionId) {
        return groups.findActive(institutionId).stream().map(StudyGroup::row).toList();
    }

    /** Every subgroup of the college's groups. */
    public List<SubgroupView> subgroupsOf(long institutionId) {
        return subgroups.findByInstitutionId(institutionId).stream()
                .map(Subgroup::view)
                .toList();
    }

    /** Who is in which subgroup, for the whole college at once. */
    public List<SubgroupMemberRow> subgroupMembersOf(long institutionId) {
        return members.findAllOf(institutionId).stream()
                .map(m -> new SubgroupMemberRow(m.key().subgroupId(), m.key().studentId()))
                .toList();
    }

    /** The curricula of all specialties of the college. */
    public List<CurriculumRowView> curriculaOf(long institutionId) {
        return curriculum.findByInstitutionId(institutionId).stream()
                .map(CurriculumRow::view)
                .toList();
    }

    /** Which of the names are taken by a group of the college, archived groups included, in one query. */
    public java.util.Set<String> takenGroupNames(long institutionId, Collection<String> names) {
        return names.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(groups.namesTaken(institutionId, names));
    }
}
