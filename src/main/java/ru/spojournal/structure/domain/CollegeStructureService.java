package ru.spojournal.structure.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.CurriculumRowView;
import ru.spojournal.structure.DepartmentView;
import ru.spojournal.structure.GroupRow;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.InstitutionView;
import ru.spojournal.structure.SpecialtyView;
import ru.spojournal.structure.SubgroupMemberRow;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;

/**
 * Read access to the college's structure for every other module. Lists return plain views,
 * always limited to one institution.
 */
@Service
@Transactional(readOnly = true)
public class CollegeStructureService implements CollegeStructure {

    private final InstitutionRepository institutions;
    private final DepartmentRepository departments;
    private final SpecialtyRepository specialties;
    private final StudyGroupRepository groups;
    private final SubgroupRepository subgroups;
    private final SubgroupMemberRepository members;
    private final SubjectRepository subjects;
    private final CurriculumRowRepository curriculum;

    CollegeStructureService(
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

    @Override
    public InstitutionView institution(long id) {
        return institutions.findById(id).map(Institution::view).orElseThrow(() -> new NotFoundException("institution"));
    }

    @Override
    public Optional<InstitutionView> institutionByCode(String code) {
        return institutions.findByCode(code).map(Institution::view);
    }

    @Override
    public List<Long> institutionIds() {
        return institutions.findAll().stream().map(Institution::getId).toList();
    }

    @Override
    public boolean hasAnyInstitution() {
        return institutions.count() > 0;
    }

    @Override
    public List<DepartmentView> departments(long institutionId) {
        return departments.findByInstitutionIdAndArchivedFalseOrderByName(institutionId).stream()
                .map(Department::view)
                .toList();
    }

    @Override
    public List<DepartmentView> departmentsHeadedBy(long staffId) {
        return departments.findByHeadStaffId(staffId).stream()
                .map(Department::view)
                .toList();
    }

    @Override
    public List<SpecialtyView> specialties(long institutionId) {
        return specialties.findByInstitutionIdAndArchivedFalseOrderByCode(institutionId).stream()
                .map(Specialty::view)
                .toList();
    }

    @Override
    public List<GroupView> groups(long institutionId) {
        return groups.viewsOf(institutionId);
    }

    @Override
    public long groupCount(long institutionId) {
        return groups.countActive(institutionId);
    }

    @Override
    public Optional<GroupView> group(long institutionId, long groupId) {
        return groups.viewOf(institutionId, groupId);
    }

    @Override
    public Optional<GroupView> groupOfRecord(long institutionId, long groupId) {
        return groups.recordOf(institutionId, groupId);
    }

    @Override
    public List<GroupView> groupsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : groups.viewsByIds(ids);
    }

    @Override
    public List<GroupView> groupsOfDepartments(Collection<Long> departmentIds) {
        return departmentIds.isEmpty() ? List.of() : groups.viewsOfDepartments(departmentIds);
    }

    @Override
    public List<GroupView> groupsCuratedBy(long staffId) {
        return groups.viewsCuratedBy(staffId);
    }

    @Override
    public List<SubgroupView> subgroups(long groupId) {
        return subgroups.findByGroupIdAndArchivedFalseOrderByName(groupId).stream()
                .map(Subgroup::view)
                .toList();
    }

    @Override
    public List<SubgroupView> subgroupsByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : subgroups.findByIdIn(ids).stream().map(Subgroup::view).toList();
    }

    @Override
    public List<Long> subgroupsOfStudent(long studentId) {
        return members.subgroupsOf(studentId);
    }

    @Override
    public List<Long> subgroupStudentIds(long subgroupId) {
        return members.studentIdsOf(subgroupId);
    }

    @Override
    public List<SubjectView> subjects(long institutionId) {
        return subjects.findByInstitutionIdAndArchivedFalseOrderByCode(institutionId).stream()
                .map(Subject::view)
                .toList();
    }

    @Override
    public List<SubjectView> subjectsByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : subjects.findByIdIn(ids).stream().map(Subject::view).toList();
    }

    @Override
    public List<CurriculumRowView> curriculum(long specialtyId) {
        return curriculum.findBySpecialtyIdOrderBySemester(specialtyId).stream()
                .map(CurriculumRow::view)
                .toList();
    }

    @Override
    public List<GroupRow> groupRows(long institutionId) {
        return groups.findActive(institutionId).stream().map(StudyGroup::row).toList();
    }

    @Override
    public List<SubgroupView> subgroupsOf(long institutionId) {
        return subgroups.findByInstitutionId(institutionId).stream()
                .map(Subgroup::view)
                .toList();
    }

    @Override
    public List<SubgroupMemberRow> subgroupMembersOf(long institutionId) {
        return members.findAllOf(institutionId).stream()
                .map(m -> new SubgroupMemberRow(m.key().subgroupId(), m.key().studentId()))
                .toList();
    }

    @Override
    public List<CurriculumRowView> curriculaOf(long institutionId) {
        return curriculum.findByInstitutionId(institutionId).stream()
                .map(CurriculumRow::view)
                .toList();
    }

    @Override
    public java.util.Set<String> takenGroupNames(long institutionId, Collection<String> names) {
        return names.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(groups.namesTaken(institutionId, names));
    }
}
