package ru.spojournal.people;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleCommands.Movement;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.CollegeStructure;

/** Records people: staff, students with their movements, parents and their links to students. */
@Service
@Transactional
public class PeopleAdmin {

    private final PersonRepository persons;
    private final StaffRepository staff;
    private final StudentRepository students;
    private final StudentMovementRepository movements;
    private final ParentRepository parents;
    private final ParentLinkRepository links;
    private final CollegeStructure structure;
    private final Clock clock;

    PeopleAdmin(
            PersonRepository persons,
            StaffRepository staff,
            StudentRepository students,
            StudentMovementRepository movements,
            ParentRepository parents,
            ParentLinkRepository links,
            CollegeStructure structure,
            Clock clock) {
        this.persons = persons;
        this.staff = staff;
        this.students = students;
        this.movements = movements;
        this.parents = parents;
        this.links = links;
        this.structure = structure;
        this.clock = clock;
    }

    public long createPerson(long institutionId, NewPerson cmd) {
        return person(institutionId, cmd).getId();
    }

    public long createStaff(long institutionId, NewPerson cmd, String position, Long departmentId) {
        return staff.save(new Staff(institutionId, person(institutionId, cmd), position, departmentId))
                .getId();
    }

    /** Admits a student to a group of the same college; the admission opens the student's history. */
    public long createStudent(
            long institutionId, NewPerson cmd, long groupId, String recordBookNumber, java.time.LocalDate admittedOn) {
        if (structure.group(institutionId, groupId).isEmpty()) {
            throw new FieldRejectedException("groupId", "student.group.unknown");
        }
        Student student = students.save(
                new Student(institutionId, person(institutionId, cmd), groupId, recordBookNumber, admittedOn));
        movements.save(new StudentMovement(
                institutionId,
                student.getId(),
                MovementKind.ADMISSION,
                null,
                groupId,
                admittedOn == null ? java.time.LocalDate.now(clock) : admittedOn,
                null,
                null,
                Instant.now(clock),
                null));
        return student.getId();
    }

    public Long personOfStaff(long staffId) {
        return staff.findById(staffId)
                .map(s -> s.getPerson().getId())
                .orElseThrow(() -> new NotFoundException("staff"));
    }

    public Long personOfStudent(long studentId) {
        return students.findById(studentId)
                .map(s -> s.getPerson().getId())
                .orElseThrow(() -> new NotFoundException("student"));
    }

    public Long personOfParent(long parentId) {
        return parents.findById(parentId)
                .map(p -> p.getPerson().getId())
                .orElseThrow(() -> new NotFoundException("parent"));
    }

    public long createParent(long institutionId, NewPerson cmd) {
        return parents.save(new Parent(institutionId, person(institutionId, cmd)))
                .getId();
    }

    public void linkParent(long institutionId, long parentId, long studentId, Relation relation) {
        Parent parent = parents.findById(parentId)
                .filter(p -> p.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("parent"));
        Student student = students.findById(studentId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("student"));
        links.save(new ParentLink(institutionId, parent.getId(), student.getId(), relation));
    }

    /** Moves a student as an order says, if the student's status allows it, and keeps the history. */
    public void moveStudent(long institutionId, long studentId, Movement cmd, Long recordedByAccount) {
        Student student = students.findById(studentId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("student"));
        if (cmd.toGroupId() != null
                && structure.group(institutionId, cmd.toGroupId()).isEmpty()) {
            throw new FieldRejectedException("toGroupId", "student.group.unknown");
        }
        Long from = student.getGroupId();
        student.move(cmd.kind(), cmd.toGroupId());
        movements.save(new StudentMovement(
                institutionId,
                studentId,
                cmd.kind(),
                from,
                student.getGroupId(),
                cmd.effectiveOn(),
                cmd.orderNumber(),
                cmd.reason(),
                Instant.now(clock),
                recordedByAccount));
    }

    private Person person(long institutionId, NewPerson cmd) {
        return persons.save(
                new Person(institutionId, cmd.name(), cmd.sex(), cmd.birthDate(), cmd.email(), cmd.phone()));
    }

    /** Corrects a person's name, sex, birth date and contacts (imports update what they match). */
    public void updatePerson(long institutionId, long personId, NewPerson cmd) {
        ownPerson(institutionId, personId).update(cmd.name(), cmd.sex(), cmd.birthDate(), cmd.email(), cmd.phone());
    }

    /** Records the person's identifier in another system, so that a later import finds the person. */
    public void identifyPerson(long institutionId, long personId, String externalId) {
        ownPerson(institutionId, personId).identifyAs(externalId);
    }

    /** The login to give the person when credentials are issued; accounts are not created here. */
    public void preferLogin(long institutionId, long personId, String login) {
        ownPerson(institutionId, personId).preferLogin(login);
    }

    public void updateStaff(long institutionId, long staffId, String position, Long departmentId) {
        staff.findById(staffId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("staff"))
                .update(position, departmentId);
    }

    public void updateStudent(
            long institutionId, long studentId, String recordBookNumber, java.time.LocalDate admittedOn) {
        students.findById(studentId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("student"))
                .updateRecord(recordBookNumber, admittedOn);
    }

    /** Makes an existing person (say, a parent who works at the college) a member of staff too. */
    public long createStaffForPerson(long institutionId, long personId, String position, Long departmentId) {
        return staff.save(new Staff(institutionId, ownPerson(institutionId, personId), position, departmentId))
                .getId();
    }

    /** Makes an existing person (say, a teacher whose child studies here) a parent too. */
    public long createParentForPerson(long institutionId, long personId) {
        return parents.save(new Parent(institutionId, ownPerson(institutionId, personId)))
                .getId();
    }

    /**
     * Admits many students at once; the ids come back in the order of the commands. Persons,
     * students and their admissions are saved kind by kind, so that the inserts go in batches.
     */
    public java.util.List<Long> admitStudents(long institutionId, java.util.List<PeopleCommands.NewStudent> cmds) {
        java.util.Set<Long> groups = new java.util.HashSet<>();
        structure.groups(institutionId).forEach(g -> groups.add(g.id()));
        java.util.List<Person> people = new java.util.ArrayList<>();
        for (PeopleCommands.NewStudent cmd : cmds) {
            if (!groups.contains(cmd.groupId())) {
                throw new FieldRejectedException("groupId", "student.group.unknown");
            }
            Person person = new Person(
                    institutionId,
                    cmd.person().name(),
                    cmd.person().sex(),
                    cmd.person().birthDate(),
                    cmd.person().email(),
                    cmd.person().phone());
            person.identifyAs(cmd.externalId());
            people.add(person);
        }
        persons.saveAll(people);
        java.util.List<Student> saved = new java.util.ArrayList<>();
        for (int i = 0; i < cmds.size(); i++) {
            PeopleCommands.NewStudent cmd = cmds.get(i);
            saved.add(
                    new Student(institutionId, people.get(i), cmd.groupId(), cmd.recordBookNumber(), cmd.admittedOn()));
        }
        students.saveAll(saved);
        Instant now = Instant.now(clock);
        movements.saveAll(saved.stream()
                .map(s -> new StudentMovement(
                        institutionId,
                        s.getId(),
                        MovementKind.ADMISSION,
                        null,
                        s.getGroupId(),
                        s.row().admittedOn() == null
                                ? java.time.LocalDate.now(clock)
                                : s.row().admittedOn(),
                        null,
                        null,
                        now,
                        null))
                .toList());
        return saved.stream().map(Student::getId).toList();
    }

    /** Creates many parents at once (persons first, then parents, for batched inserts). */
    public java.util.List<Long> createParents(long institutionId, java.util.List<PeopleCommands.NewParent> cmds) {
        java.util.List<Person> people = new java.util.ArrayList<>();
        for (PeopleCommands.NewParent cmd : cmds) {
            Person person = new Person(
                    institutionId,
                    cmd.person().name(),
                    cmd.person().sex(),
                    cmd.person().birthDate(),
                    cmd.person().email(),
                    cmd.person().phone());
            person.identifyAs(cmd.externalId());
            people.add(person);
        }
        persons.saveAll(people);
        return parents
                .saveAll(people.stream().map(p -> new Parent(institutionId, p)).toList())
                .stream()
                .map(Parent::getId)
                .toList();
    }

    /**
     * Links parents to students in bulk. The caller has checked that both sides belong to the
     * college (the exchange module reads them from this college's lists before it links).
     */
    public void linkParents(long institutionId, java.util.List<ParentLinkRow> rows) {
        links.saveAll(rows.stream()
                .map(r -> new ParentLink(institutionId, r.parentId(), r.studentId(), r.relation()))
                .toList());
    }

    private Person ownPerson(long institutionId, long personId) {
        return persons.findById(personId)
                .filter(p -> p.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("person"));
    }

    /**
     * Graduates every studying student of a group, each with a GRADUATION movement in their history
     * (R14: the year opening releases the final course). Students on leave or expelled stay as they
     * are. Returns how many graduated.
     */
    public int graduateGroup(
            long institutionId,
            long groupId,
            java.time.LocalDate effectiveOn,
            String orderNumber,
            Long recordedByAccount) {
        java.util.List<Student> studying =
                students.findInGroups(java.util.List.of(groupId), StudentStatus.STUDYING).stream()
                        .filter(s -> s.getInstitutionId() == institutionId)
                        .toList();
        Instant now = Instant.now(clock);
        for (Student student : studying) {
            student.move(MovementKind.GRADUATION, null);
        }
        movements.saveAll(studying.stream()
                .map(s -> new StudentMovement(
                        institutionId,
                        s.getId(),
                        MovementKind.GRADUATION,
                        groupId,
                        groupId,
                        effectiveOn,
                        orderNumber,
                        null,
                        now,
                        recordedByAccount))
                .toList());
        return studying.size();
    }
}
