package ru.spojournal.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import ru.spojournal.people.PeopleCommands.Movement;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.domain.MovementPolicy;
import ru.spojournal.platform.ListQuery;

/**
 * R14: the administrator keeps the students: finds them by group, admits, corrects the profile,
 * and records the college's orders as movements ({@link MovementPolicy}). Movements only add to a
 * student's history; nothing is deleted.
 */
public interface StudentRoll {

    /** The keys the list sorts by, its default first. */
    List<String> SORTS = List.of("name", "recordBook", "status");

    Page<StudentListRow> find(long institutionId, Long groupId, StudentStatus status, ListQuery query);

    StudentCard card(long institutionId, long studentId);

    /** Admits a student to a current group; the admission opens the history. */
    long create(long institutionId, NewPerson person, Long groupId, String recordBookNumber, LocalDate admittedOn);

    /** Corrects the profile; the group and status change only by movements. */
    void edit(
            long institutionId,
            long studentId,
            NewPerson person,
            String recordBookNumber,
            LocalDate admittedOn,
            long version,
            long personVersion);

    /** Records an order's movement, if {@link MovementPolicy} allows it, and adds it to the history. */
    void move(long institutionId, long studentId, Movement cmd, long version, Long recordedByAccount);
}
