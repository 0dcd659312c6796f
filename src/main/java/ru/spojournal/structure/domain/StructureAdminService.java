package ru.spojournal.structure.domain;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.InstitutionCreated;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewCurriculumRow;
import ru.spojournal.structure.StructureCommands.NewDepartment;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewInstitution;
import ru.spojournal.structure.StructureCommands.NewPeriod;
import ru.spojournal.structure.StructureCommands.NewSpecialty;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.StructureCommands.NewTerm;
import ru.spojournal.structure.SubjectKind;

/**
 * Changes to the college's structure (R14: the administrator opens the year). Each method checks
 * its rules and either saves everything or nothing; a rejection names the offending field.
 */
@Service
@Transactional
public class StructureAdminService implements StructureAdmin {

    private final InstitutionRepository institutions;
    private final DepartmentRepository departments;
    private final SpecialtyRepository specialties;
    private final AcademicYearRepository years;
    private final TermRepository terms;
    private final BellScheduleRepository bells;
    private final PeriodRepository periods;
    private final StudyGroupRepository groups;
    private final SubgroupRepository subgroups;
    private final SubgroupMemberRepository members;
    private final SubjectRepository subjects;
    private final CurriculumRowRepository curriculum;
    private final org.springframework.context.ApplicationEventPublisher events;

    StructureAdminService(
            InstitutionRepository institutions,
            DepartmentRepository departments,
            SpecialtyRepository specialties,
            AcademicYearRepository years,
            TermRepository terms,
            BellScheduleRepository bells,
            PeriodRepository periods,
            StudyGroupRepository groups,
            SubgroupRepository subgroups,
            SubgroupMemberRepository members,
            SubjectRepository subjects,
            CurriculumRowRepository curriculum,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.institutions = institutions;
        this.departments = departments;
        this.specialties = specialties;
        this.years = years;
        this.terms = terms;
        this.bells = bells;
        this.periods = periods;
        this.groups = groups;
        this.subgroups = subgroups;
        this.members = members;
        this.subjects = subjects;
        this.curriculum = curriculum;
    }

    @Override
    public long createInstitution(NewInstitution cmd) {
        if (institutions.findByCode(cmd.code()).isPresent()) {
            throw new FieldRejectedException("code", "institution.code.taken");
        }
        long id = institutions
                .save(new Institution(cmd.code(), cmd.name(), cmd.shortName(), cmd.zone(), cmd.demo()))
                .getId();
        events.publishEvent(new InstitutionCreated(id));
        return id;
    }

    @Override
    public long createDepartment(long institutionId, NewDepartment cmd) {
        if (departments.existsByInstitutionIdAndName(institutionId, cmd.name())) {
            throw new FieldRejectedException("name", "department.name.taken");
        }
        return departments
                .save(new Department(institutionId, cmd.name(), cmd.shortName()))
                .getId();
    }

    @Override
    public void assignDepartmentHead(long institutionId, long departmentId, Long staffId) {
        Department department = departments
                .findById(departmentId)
                .filter(d -> d.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("department"));
        department.assignHead(staffId);
    }

    @Override
    public long createSpecialty(long institutionId, NewSpecialty cmd) {
        if (specialties.existsByInstitutionIdAndCode(institutionId, cmd.code())) {
            throw new FieldRejectedException("code", "specialty.code.taken");
        }
        return specialties
                .save(new Specialty(institutionId, cmd.code(), cmd.name(), cmd.qualification()))
                .getId();
    }

    @Override
    public long createAcademicYear(long institutionId, NewAcademicYear cmd) {
        if (!cmd.endDate().isAfter(cmd.startDate())) {
            throw new FieldRejectedException("endDate", "academicYear.endBeforeStart");
        }
        return years.save(new AcademicYear(institutionId, cmd.name(), cmd.startDate(), cmd.endDate()))
                .getId();
    }

    @Override
    public long createTerm(long institutionId, NewTerm cmd) {
        AcademicYear year = years.findById(cmd.academicYearId())
                .filter(y -> y.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("academicYearId", "term.academicYear.unknown"));
        if (!cmd.endDate().isAfter(cmd.startDate())) {
            throw new FieldRejectedException("endDate", "term.endBeforeStart");
        }
        if (cmd.startDate().isBefore(year.getStartDate()) || cmd.endDate().isAfter(year.getEndDate())) {
            throw new FieldRejectedException("startDate", "term.outsideYear", year.getName());
        }
        if (terms.existsNumber(year.getId(), cmd.number())) {
            throw new FieldRejectedException("number", "term.number.taken");
        }
        return terms.save(new Term(institutionId, year, cmd.number(), cmd.name(), cmd.startDate(), cmd.endDate()))
                .getId();
    }

    @Override
    public long createBellSchedule(long institutionId, String name, List<NewPeriod> pairs) {
        long scheduleId = bells.save(new BellSchedule(institutionId, name)).getId();
        for (NewPeriod p : pairs) {
            if (!p.end().isAfter(p.start())) {
                throw new FieldRejectedException("end", "period.endBeforeStart", p.number());
            }
            periods.save(new Period(institutionId, scheduleId, p.dayOfWeek(), p.number(), p.start(), p.end()));
        }
        return scheduleId;
    }

    @Override
    public long createGroup(long institutionId, NewGroup cmd) {
        if (cmd.specialtyId() == null) {
            throw new FieldRejectedException("specialtyId", "group.specialty.required");
        }
        specialties
                .findById(cmd.specialtyId())
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("specialtyId", "group.specialty.unknown"));
        if (cmd.departmentId() == null) {
            throw new FieldRejectedException("departmentId", "group.department.required");
        }
        departments
                .findById(cmd.departmentId())
                .filter(d -> d.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("departmentId", "group.department.unknown"));
        String name = cmd.name().strip();
        if (groups.existsByInstitutionIdAndName(institutionId, name)) {
            throw new FieldRejectedException("name", "group.name.taken", name);
        }
        return groups.save(new StudyGroup(
                        institutionId,
                        name,
                        cmd.specialtyId(),
                        cmd.departmentId(),
                        cmd.course(),
                        cmd.admissionYear(),
                        cmd.curatorStaffId()))
                .getId();
    }

    @Override
    public void assignCurator(long institutionId, long groupId, Long staffId) {
        groups.findById(groupId)
                .filter(g -> g.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("group"))
                .assignCurator(staffId);
    }

    @Override
    public long createSubgroup(long institutionId, long groupId, String name) {
        groups.findById(groupId)
                .filter(g -> g.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("group"));
        return subgroups.save(new Subgroup(institutionId, groupId, name)).getId();
    }

    @Override
    public void addSubgroupMember(long institutionId, long subgroupId, long studentId) {
        members.save(new SubgroupMember(institutionId, subgroupId, studentId));
    }

    @Override
    public long createSubject(long institutionId, NewSubject cmd) {
        return subjects.save(new Subject(institutionId, cmd.code(), cmd.name(), cmd.kind(), cmd.parentId()))
                .getId();
    }

    @Override
    public long addCurriculumRow(long institutionId, NewCurriculumRow cmd) {
        return curriculum
                .save(new CurriculumRow(
                        institutionId, cmd.specialtyId(), cmd.subjectId(), cmd.semester(), cmd.hours(), cmd.form()))
                .getId();
    }

    @Override
    public void updateGroup(long institutionId, long groupId, NewGroup cmd) {
        StudyGroup group = groups.findById(groupId)
                .filter(g -> g.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("group"));
        String name = cmd.name().strip();
        if (!name.equals(group.getName()) && groups.existsByInstitutionIdAndName(institutionId, name)) {
            throw new FieldRejectedException("name", "group.name.taken", name);
        }
        group.update(name, cmd.specialtyId(), cmd.departmentId(), cmd.course(), cmd.admissionYear());
        group.assignCurator(cmd.curatorStaffId());
    }

    @Override
    public void identifyGroup(long institutionId, long groupId, String externalId) {
        groups.findById(groupId)
                .filter(g -> g.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("group"))
                .identifyAs(externalId);
    }

    @Override
    public void updateSubject(long institutionId, long subjectId, SubjectKind kind, Long parentId) {
        subjects.findById(subjectId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("subject"))
                .update(kind, parentId);
    }

    @Override
    public void updateCurriculumRow(long institutionId, long rowId, int hours, AttestationForm form) {
        curriculum
                .findById(rowId)
                .filter(r -> r.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("curriculumRow"))
                .update(hours, form);
    }

    @Override
    public void advanceGroup(long institutionId, long groupId) {
        groups.findById(groupId)
                .filter(g -> g.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("group"))
                .advanceCourse();
    }

    @Override
    public void archiveGroup(long institutionId, long groupId) {
        groups.findById(groupId)
                .filter(g -> g.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("group"))
                .archive();
    }
}
