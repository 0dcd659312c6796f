package ru.spojournal.people.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.PeopleCommands.Movement;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.PeopleRecordAction;
import ru.spojournal.people.StudentCard;
import ru.spojournal.people.StudentListRow;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;

/**
 * R14: the administrator keeps the students: finds them by group, admits, corrects the profile,
 * and records the college's orders as movements ({@link MovementPolicy}). Movements only add to a
 * student's history; nothing is deleted.
 */
@Service
@Transactional
public class StudentRollService implements StudentRoll {

    private final StudentRepository students;
    private final PersonRepository persons;
    private final StudentMovementRepository movements;
    private final UserAccountRepository accounts;
    private final PeopleDirectory directory;
    private final PeopleSearch search;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final Clock clock;
    private final PeopleRecordEvents events;

    StudentRollService(
            StudentRepository students,
            PersonRepository persons,
            StudentMovementRepository movements,
            UserAccountRepository accounts,
            PeopleDirectory directory,
            PeopleSearch search,
            CollegeStructure structure,
            AcademicCalendar calendar,
            Clock clock,
            PeopleRecordEvents events) {
        this.events = events;
        this.students = students;
        this.persons = persons;
        this.movements = movements;
        this.accounts = accounts;
        this.directory = directory;
        this.search = search;
        this.structure = structure;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public Page<StudentListRow> find(long institutionId, Long groupId, StudentStatus status, ListQuery query) {
        return search.students(institutionId, groupId, status, query);
    }

    @Transactional(readOnly = true)
    @Override
    public StudentCard card(long institutionId, long studentId) {
        Student s = own(institutionId, studentId);
        Person p = s.getPerson();
        UserAccount account = accounts.findByPersonIdIn(List.of(p.getId())).stream()
                .findFirst()
                .orElse(null);
        return new StudentCard(
                s.getId(),
                s.getVersion(),
                p.card(),
                p.getVersion(),
                s.getGroupId(),
                s.getStatus(),
                s.getRecordBookNumber(),
                s.getAdmittedOn(),
                account == null ? null : account.getId(),
                account == null ? null : account.getLogin(),
                directory.history(studentId),
                directory.guardiansOf(List.of(studentId)));
    }

    @Override
    public long create(
            long institutionId, NewPerson person, Long groupId, String recordBookNumber, LocalDate admittedOn) {
        if (groupId == null || structure.group(institutionId, groupId).isEmpty()) {
            throw new FieldRejectedException("groupId", "student.groupId.unavailable");
        }
        Person p = persons.save(new Person(
                institutionId, person.name(), person.sex(), person.birthDate(), person.email(), person.phone()));
        Student student = students.save(new Student(institutionId, p, groupId, recordBookNumber, admittedOn));
        movements.save(new StudentMovement(
                institutionId,
                student.getId(),
                MovementKind.ADMISSION,
                null,
                groupId,
                admittedOn == null ? calendar.today(institutionId) : admittedOn,
                null,
                null,
                Instant.now(clock),
                null));
        events.changed(
                institutionId,
                person.name(),
                PeopleRecordAction.STUDENT_ADMITTED,
                structure.group(institutionId, groupId).map(g -> g.name()).orElse(null));
        return student.getId();
    }

    @Override
    public void edit(
            long institutionId,
            long studentId,
            NewPerson person,
            String recordBookNumber,
            LocalDate admittedOn,
            long version,
            long personVersion) {
        Student s = current(institutionId, studentId, version);
        Person p = s.getPerson();
        if (p.getVersion() != personVersion) {
            throw new ConflictException("person", p.getVersion());
        }
        p.update(person.name(), person.sex(), person.birthDate(), person.email(), person.phone());
        s.updateRecord(recordBookNumber, admittedOn);
        events.changed(institutionId, person.name(), PeopleRecordAction.STUDENT_EDITED, null);
    }

    @Override
    public void move(long institutionId, long studentId, Movement cmd, long version, Long recordedByAccount) {
        Student s = current(institutionId, studentId, version);
        List<StudentMovement> history = movements.historyOf(studentId);
        LocalDate last = history.isEmpty()
                ? null
                : history.get(history.size() - 1).view().effectiveOn();
        boolean available = cmd.toGroupId() != null
                && structure.group(institutionId, cmd.toGroupId()).isPresent();
        MovementPolicy.check(
                s.getStatus(),
                s.getGroupId(),
                cmd.kind(),
                cmd.toGroupId(),
                available,
                cmd.effectiveOn(),
                last,
                calendar.academicYears(institutionId));
        Long from = s.getGroupId();
        s.move(cmd.kind(), cmd.toGroupId());
        movements.save(new StudentMovement(
                institutionId,
                studentId,
                cmd.kind(),
                from,
                s.getGroupId(),
                cmd.effectiveOn(),
                cmd.orderNumber(),
                cmd.reason(),
                Instant.now(clock),
                recordedByAccount));
        events.changed(
                institutionId,
                s.getPerson().name(),
                PeopleRecordAction.STUDENT_MOVED,
                events.label("movement.kind." + cmd.kind()) + ", "
                        + cmd.effectiveOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + (cmd.orderNumber() == null ? "" : PeopleWords.movementOrder(cmd.orderNumber())));
    }

    private Student current(long institutionId, long studentId, long version) {
        Student s = own(institutionId, studentId);
        if (s.getVersion() != version) {
            throw new ConflictException("student", s.getVersion());
        }
        return s;
    }

    private Student own(long institutionId, long studentId) {
        return students.findWithPerson(List.of(studentId)).stream()
                .filter(s -> s.getInstitutionId() == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("student"));
    }
}
