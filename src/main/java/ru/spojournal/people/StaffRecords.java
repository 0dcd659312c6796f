package ru.spojournal.people;

import org.springframework.data.domain.Page;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.platform.ListQuery;

/**
 * R14: the administrator keeps the list of staff: finds, creates, corrects and archives them. A
 * dismissed member of staff is archived, never deleted: journals and histories name them.
 */
public interface StaffRecords {

    /** The keys the list sorts by, its default first. */
    java.util.List<String> SORTS = java.util.List.of("name", "position");

    Page<StaffListRow> find(long institutionId, ListQuery query, boolean archived);

    StaffCard card(long institutionId, long staffId);

    long create(long institutionId, NewPerson person, String position);

    /** Corrects the person and the position, if nobody has changed either since the form was read. */
    void edit(long institutionId, long staffId, NewPerson person, String position, long version, long personVersion);

    /**
     * A dismissed member of staff leaves the lists; their records stay, their staff roles end at
     * once, and an account with nothing else to it is blocked, which ends its open sessions (R16).
     */
    void archive(long institutionId, long staffId, long version);

    void restore(long institutionId, long staffId, long version);
}
