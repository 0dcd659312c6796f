package ru.spojournal.people.domain;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleRecordAction;
import ru.spojournal.people.StaffCard;
import ru.spojournal.people.StaffListRow;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;

/**
 * R14: the administrator keeps the list of staff: finds, creates, corrects and archives them. A
 * dismissed member of staff is archived, never deleted: journals and histories name them.
 */
@Service
@Transactional
public class StaffRecordsService implements StaffRecords {

    private final StaffRepository staff;
    private final PersonRepository persons;
    private final UserAccountRepository accounts;
    private final PeopleSearch search;
    private final PeopleRecordEvents events;

    StaffRecordsService(
            StaffRepository staff,
            PersonRepository persons,
            UserAccountRepository accounts,
            PeopleSearch search,
            PeopleRecordEvents events) {
        this.events = events;
        this.staff = staff;
        this.persons = persons;
        this.accounts = accounts;
        this.search = search;
    }

    @Transactional(readOnly = true)
    @Override
    public Page<StaffListRow> find(long institutionId, ListQuery query, boolean archived) {
        return search.staff(institutionId, query, archived);
    }

    @Transactional(readOnly = true)
    @Override
    public StaffCard card(long institutionId, long staffId) {
        Staff s = own(institutionId, staffId);
        Person p = s.getPerson();
        UserAccount account = accounts.findByPersonIdIn(java.util.List.of(p.getId())).stream()
                .findFirst()
                .orElse(null);
        return new StaffCard(
                s.getId(),
                s.getVersion(),
                p.card(),
                p.getVersion(),
                s.row().position(),
                s.isArchived(),
                account == null ? null : account.getId(),
                account == null ? null : account.getLogin());
    }

    @Override
    public long create(long institutionId, NewPerson person, String position) {
        Person p = persons.save(new Person(
                institutionId, person.name(), person.sex(), person.birthDate(), person.email(), person.phone()));
        events.changed(institutionId, person.name(), PeopleRecordAction.STAFF_CREATED, position);
        return staff.save(new Staff(institutionId, p, position, null)).getId();
    }

    @Override
    public void edit(
            long institutionId, long staffId, NewPerson person, String position, long version, long personVersion) {
        Staff s = current(institutionId, staffId, version);
        Person p = s.getPerson();
        if (p.getVersion() != personVersion) {
            throw new ConflictException("person", p.getVersion());
        }
        p.update(person.name(), person.sex(), p.card().birthDate(), person.email(), person.phone());
        s.update(position, s.row().departmentId());
        events.changed(institutionId, person.name(), PeopleRecordAction.STAFF_EDITED, position);
    }

    @Override
    public void archive(long institutionId, long staffId, long version) {
        Staff s = current(institutionId, staffId, version);
        if (events.actor().map(a -> Long.valueOf(staffId).equals(a.staffId())).orElse(false)) {
            throw new FieldRejectedException("staff", "staff.archive.self");
        }
        s.setArchived(true);
        events.changed(institutionId, s.getPerson().name(), PeopleRecordAction.STAFF_ARCHIVED, null);
        for (UserAccount account :
                accounts.findByPersonIdIn(java.util.List.of(s.getPerson().getId()))) {
            if (account.isEnabled() && !Dismissal.keepsAccount(account.getRoles())) {
                account.setEnabled(false);
                events.accountBlocked(account, s.getPerson().name(), events.label("staff.dismissed.blocked"));
            }
        }
    }

    @Override
    public void restore(long institutionId, long staffId, long version) {
        Staff s = current(institutionId, staffId, version);
        s.setArchived(false);
        events.changed(institutionId, s.getPerson().name(), PeopleRecordAction.STAFF_RESTORED, null);
    }

    private Staff current(long institutionId, long staffId, long version) {
        Staff s = own(institutionId, staffId);
        if (s.getVersion() != version) {
            throw new ConflictException("staff", s.getVersion());
        }
        return s;
    }

    private Staff own(long institutionId, long staffId) {
        return staff.findWithPerson(java.util.List.of(staffId)).stream()
                .filter(s -> s.getInstitutionId() == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("staff"));
    }
}
