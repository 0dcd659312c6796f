package ru.spojournal.people;

import ru.spojournal.people.PeopleCommands.Movement;
import ru.spojournal.people.PeopleCommands.NewPerson;

/** Records people: staff, students with their movements, parents and their links to students. */
public interface PeopleAdmin {

    long createPerson(long institutionId, NewPerson cmd);

    long createStaff(long institutionId, NewPerson cmd, String position, Long departmentId);

    /** Admits a student to a group of the same college; the admission opens the student's history. */
    long createStudent(
            long institutionId, NewPerson cmd, long groupId, String recordBookNumber, java.time.LocalDate admittedOn);

    Long personOfStaff(long staffId);

    Long personOfStudent(long studentId);

    Long personOfParent(long parentId);

    long createParent(long institutionId, NewPerson cmd);

    void linkParent(long institutionId, long parentId, long studentId, Relation relation);

    /** Moves a student as an order says, if the student's status allows it, and keeps the history. */
    void moveStudent(long institutionId, long studentId, Movement cmd, Long recordedByAccount);

    /** Corrects a person's name, sex, birth date and contacts (imports update what they match). */
    void updatePerson(long institutionId, long personId, NewPerson cmd);

    /** Records the person's identifier in another system, so that a later import finds the person. */
    void identifyPerson(long institutionId, long personId, String externalId);

    /** The login to give the person when credentials are issued; accounts are not created here. */
    void preferLogin(long institutionId, long personId, String login);

    void updateStaff(long institutionId, long staffId, String position, Long departmentId);

    void updateStudent(long institutionId, long studentId, String recordBookNumber, java.time.LocalDate admittedOn);

    /** Makes an existing person (say, a parent who works at the college) a member of staff too. */
    long createStaffForPerson(long institutionId, long personId, String position, Long departmentId);

    /** Makes an existing person (say, a teacher whose child studies here) a parent too. */
    long createParentForPerson(long institutionId, long personId);

    /**
     * Admits many students at once; the ids come back in the order of the commands. Persons,
     * students and their admissions are saved kind by kind, so that the inserts go in batches.
     */
    java.util.List<Long> admitStudents(long institutionId, java.util.List<PeopleCommands.NewStudent> cmds);

    /** Creates many parents at once (persons first, then parents, for batched inserts). */
    java.util.List<Long> createParents(long institutionId, java.util.List<PeopleCommands.NewParent> cmds);

    /**
     * Links parents to students in bulk. The caller has checked that both sides belong to the
     * college (the exchange module reads them from this college's lists before it links).
     */
    void linkParents(long institutionId, java.util.List<ParentLinkRow> rows);

    /**
     * Graduates every studying student of a group, each with a GRADUATION movement in their history
     * (R14: the year opening releases the final course). Students on leave or expelled stay as they
     * are. Returns how many graduated.
     */
    int graduateGroup(
            long institutionId,
            long groupId,
            java.time.LocalDate effectiveOn,
            String orderNumber,
            Long recordedByAccount);
}
