package ru.spojournal.structure;

import java.util.List;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewCurriculumRow;
import ru.spojournal.structure.StructureCommands.NewDepartment;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewInstitution;
import ru.spojournal.structure.StructureCommands.NewPeriod;
import ru.spojournal.structure.StructureCommands.NewSpecialty;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.StructureCommands.NewTerm;

/**
 * Changes to the college's structure (R14: the administrator opens the year). Each method checks
 * its rules and either saves everything or nothing; a rejection names the offending field.
 */
public interface StructureAdmin {

    long createInstitution(NewInstitution cmd);

    long createDepartment(long institutionId, NewDepartment cmd);

    void assignDepartmentHead(long institutionId, long departmentId, Long staffId);

    long createSpecialty(long institutionId, NewSpecialty cmd);

    long createAcademicYear(long institutionId, NewAcademicYear cmd);

    /** A term lies within its academic year, ends after it starts, and its number is unique in the year. */
    long createTerm(long institutionId, NewTerm cmd);

    long createBellSchedule(long institutionId, String name, List<NewPeriod> pairs);

    /** A group needs a specialty and a department of its own college, and a name unique there. */
    long createGroup(long institutionId, NewGroup cmd);

    void assignCurator(long institutionId, long groupId, Long staffId);

    long createSubgroup(long institutionId, long groupId, String name);

    void addSubgroupMember(long institutionId, long subgroupId, long studentId);

    long createSubject(long institutionId, NewSubject cmd);

    long addCurriculumRow(long institutionId, NewCurriculumRow cmd);

    /** Changes a group's name and its structured details; the name stays unique in the college. */
    void updateGroup(long institutionId, long groupId, NewGroup cmd);

    /** Records the group's identifier in another system, so that a later import finds it. */
    void identifyGroup(long institutionId, long groupId, String externalId);

    void updateSubject(long institutionId, long subjectId, SubjectKind kind, Long parentId);

    void updateCurriculumRow(long institutionId, long rowId, int hours, AttestationForm form);

    /** Moves a group up to the next course, as the opening of a new academic year does. */
    void advanceGroup(long institutionId, long groupId);

    /** Archives a group whose students have graduated; nothing of its records is deleted. */
    void archiveGroup(long institutionId, long groupId);
}
