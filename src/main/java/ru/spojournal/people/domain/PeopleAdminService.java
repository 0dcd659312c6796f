package ru.spojournal.people.domain;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.ParentLinkRow;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands;
import ru.spojournal.people.PeopleCommands.Movement;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.Relation;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.CollegeStructure;

/** Records people: staff, students with their movements, parents and their links to students. */
@Service
@Transactional
public class PeopleAdminService implements PeopleAdmin {

    private final PersonRepository persons;
    private final StaffRepository staff;
    private final StudentRepository students;
    private final StudentMovementRepository movements;
    private final ParentRepository parents;
    private final ParentLinkRepository links;
    private final CollegeStructure structure;
    private final Clock clock;

    PeopleAdminService(
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

    @Override
    public long createPerson(long institutionId, NewPerson cmd) {
        return person(institutionId, cmd).getId();
    }

    @Override
    public long createStaff(long institutionId, NewPerson cmd, String position, Long departmentId) {
        return staff.save(new Staff(institutionId, person(institutionId, cmd), position, departmentId))
                .getId();
    }

    @Override
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

    @Override
    public Long personOfStaff(long staffId) {
        return staff.findById(staffId)
                .map(s -> s.getPerson().getId())
                .orElseThrow(() -> new NotFoundException("staff"));
    }

    @Override
    public Long personOfStudent(long studentId) {
        return students.findById(studentId)
                .map(s -> s.getPerson().getId())
                .orElseThrow(() -> new NotFoundException("student"));
    }

    @Override
    public Long personOfParent(long parentId) {
        return parents.findById(parentId)
                .map(p -> p.getPerson().getId())
                .orElseThrow(() -> new NotFoundException("parent"));
    }

    @Override
    public long createParent(long institutionId, NewPerson cmd) {
        return parents.save(new Parent(institutionId, person(institutionId, cmd)))
                .getId();
    }

    @Override
    public void linkParent(long institutionId, long parentId, long studentId, Relation relation) {
        Parent parent = parents.findById(parentId)
                .filter(p -> p.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("parent"));
        Student student = students.findById(studentId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("student"));
        links.save(new ParentLink(institutionId, parent.getId(), student.getId(), relation));
    }

    @Override
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

    @Override
    public void updatePerson(long institutionId, long personId, NewPerson cmd) {
        ownPerson(institutionId, personId).update(cmd.name(), cmd.sex(), cmd.birthDate(), cmd.email(), cmd.phone());
    }

    @Override
    public void identifyPerson(long institutionId, long personId, String externalId) {
        ownPerson(institutionId, personId).identifyAs(externalId);
    }

    @Override
    public void preferLogin(long institutionId, long personId, String login) {
        ownPerson(institutionId, personId).preferLogin(login);
    }

    @Override
    public void updateStaff(long institutionId, long staffId, String position, Long departmentId) {
        staff.findById(staffId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("staff"))
                .update(position, departmentId);
    }

    @Override
    public void updateStudent(
            long institutionId, long studentId, String recordBookNumber, java.time.LocalDate admittedOn) {
        students.findById(studentId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("student"))
                .updateRecord(recordBookNumber, admittedOn);
    }

    @Override
    public long createStaffForPerson(long institutionId, long personId, String position, Long departmentId) {
        return staff.save(new Staff(institutionId, ownPerson(institutionId, personId), position, departmentId))
                .getId();
    }

    @Override
    public long createParentForPerson(long institutionId, long personId) {
        return parents.save(new Parent(institutionId, ownPerson(institutionId, personId)))
                .getId();
    }

    @Override
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

    @Override
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

    @Override
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

    @Override
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
