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
        return staff.save(new Staff(institutionId, person(institutionId, cmd), position, departmentId)).getId();
    }

    /** Admits a student to a group of the same college; the admission opens the student's history. */
    public long createStudent(
            long institutionId, NewPerson cmd, long groupId, String recordBookNumber, java.time.LocalDate admittedOn) {
        if (structure.group(institutionId, groupId).isEmpty()) {
            throw new FieldRejectedException("groupId", "student.group.unknown");
        }
        Student student = students.save(
                new Student(institutionId, person(institutionId, cmd), groupId, recordBookNumber, admittedOn));
        movements.save(new StudentMovement(institutionId, student.getId(), MovementKind.ADMISSION, null, groupId,
                admittedOn == null ? java.time.LocalDate.now(clock) : admittedOn, null, null, Instant.now(clock),
                null));
        return student.getId();
    }

    public Long personOfStaff(long staffId) {
        return staff.findById(staffId).map(s -> s.getPerson().getId()).orElseThrow(() -> new NotFoundException("staff"));
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
        return parents.save(new Parent(institutionId, person(institutionId, cmd))).getId();
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
        if (cmd.toGroupId() != null && structure.group(institutionId, cmd.toGroupId()).isEmpty()) {
            throw new FieldRejectedException("toGroupId", "student.group.unknown");
        }
        Long from = student.getGroupId();
        student.move(cmd.kind(), cmd.toGroupId());
        movements.save(new StudentMovement(institutionId, studentId, cmd.kind(), from, student.getGroupId(),
                cmd.effectiveOn(), cmd.orderNumber(), cmd.reason(), Instant.now(clock), recordedByAccount));
    }

    private Person person(long institutionId, NewPerson cmd) {
        return persons.save(new Person(institutionId, cmd.name(), cmd.sex(), cmd.birthDate(), cmd.email(),
                cmd.phone()));
    }
}
