package ru.spojournal.exchange.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ru.spojournal.exchange.domain.CollegeIndex.StaffRec;
import ru.spojournal.exchange.domain.Entries.StaffEntry;
import ru.spojournal.people.AccountLoginRow;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonCard;

/**
 * Staff: matched by external id, then by login, then by full name and birth date, then by full
 * name alone when exactly one member of staff has it. A login already held by another person is
 * an error of the row: logins are personal (R16). No account is created here (R14, R15: the
 * administrator issues credentials separately); the login is kept for that moment.
 */
final class StaffPlanner {

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;
    private final Map<String, Integer> seenExternal = new HashMap<>();
    private final Map<String, Integer> seenLogin = new HashMap<>();
    private final Map<String, Integer> seenPerson = new HashMap<>();

    StaffPlanner(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
    }

    void plan(List<StaffEntry> entries) {
        for (StaffEntry e : entries) {
            if (!e.src().broken() && unique(e)) {
                planOne(e);
            }
        }
    }

    /**
     * The same member of staff twice in the file, by the strongest key the row has: external id,
     * else login, else full name and birth date. A login named twice is a clash whatever the names.
     */
    private boolean unique(StaffEntry e) {
        Integer earlier = null;
        if (!Names.blank(e.login())) {
            earlier = seenLogin.putIfAbsent(
                    e.login().strip().toLowerCase(Locale.ROOT), e.src().row());
        }
        if (earlier == null && !Names.blank(e.externalId())) {
            earlier = seenExternal.putIfAbsent(e.externalId().strip(), e.src().row());
        } else if (earlier == null && Names.blank(e.login())) {
            earlier = seenPerson.putIfAbsent(
                    Names.person(e.person().name()) + "|" + e.person().birthDate(),
                    e.src().row());
        }
        if (earlier != null) {
            problems.error(e.src().at(), "exchange.row.duplicate", earlier);
            return false;
        }
        return true;
    }

    private void planOne(StaffEntry e) {
        try {
            StaffRec match = match(e);
            checkLogin(e, match);
            Ref department = Names.blank(e.department()) ? null : plan.department(index, e.department());
            NewPerson person = new NewPerson(
                    e.person().name(),
                    e.person().sex(),
                    e.person().birthDate(),
                    e.person().email(),
                    e.person().phone());
            String login = Names.blank(e.login()) ? null : e.login().strip().toLowerCase(Locale.ROOT);
            String externalId =
                    Names.blank(e.externalId()) ? null : e.externalId().strip();
            if (match == null) {
                create(person, e.position().strip(), department, login, externalId);
            } else {
                update(match, person, e.position().strip(), department, login, externalId);
            }
        } catch (RowRefused refused) {
            // reported where it was found
        }
    }

    private StaffRec match(StaffEntry e) {
        if (!Names.blank(e.externalId())) {
            Ref person = index.personsByExternalId.get(e.externalId().strip());
            if (person != null) {
                StaffRec byPerson = index.staff.stream()
                        .filter(s -> s.person == person)
                        .findFirst()
                        .orElse(null);
                if (byPerson == null) {
                    problems.error(
                            e.src().at("externalId"),
                            "exchange.externalId.otherPerson",
                            e.externalId(),
                            person.label());
                    throw new RowRefused();
                }
                return byPerson;
            }
        }
        if (!Names.blank(e.login())) {
            AccountLoginRow account = index.accounts.get(e.login().strip().toLowerCase(Locale.ROOT));
            if (account != null && account.personId() != null && account.institutionId() == index.institutionId) {
                StaffRec owner = index.staff.stream()
                        .filter(s -> Objects.equals(s.person.idOrNull(), account.personId()))
                        .findFirst()
                        .orElse(null);
                if (owner != null) {
                    return owner;
                }
            }
        }
        List<StaffRec> named = index.staffNamed(e.person().name().full()).stream()
                .filter(s -> Names.blank(e.externalId()) || s.card.externalId() == null)
                .toList();
        if (e.person().birthDate() != null) {
            List<StaffRec> born = named.stream()
                    .filter(s -> e.person().birthDate().equals(s.card.birthDate()))
                    .toList();
            if (born.size() == 1) {
                return born.get(0);
            }
            named = named.stream().filter(s -> s.card.birthDate() == null).toList();
        }
        return named.size() == 1 ? named.get(0) : null;
    }

    /** R16: a login named in the file is free, or already this person's. */
    private void checkLogin(StaffEntry e, StaffRec match) {
        if (Names.blank(e.login())) {
            return;
        }
        String login = e.login().strip().toLowerCase(Locale.ROOT);
        if (!login.matches("[a-z0-9][a-z0-9._-]*") || login.length() > 64) {
            problems.error(e.src().at("login"), "exchange.login.pattern", e.login());
            throw new RowRefused();
        }
        Long self = match == null ? null : match.person.idOrNull();
        AccountLoginRow account = index.accounts.get(login);
        Long preferredBy = index.preferredLogins.get(login);
        if (account != null && (self == null || !self.equals(account.personId()))
                || preferredBy != null && !preferredBy.equals(self)) {
            problems.error(e.src().at("login"), "exchange.login.taken", e.login());
            throw new RowRefused();
        }
        index.preferredLogins.put(login, self == null ? -1L : self);
    }

    private void create(NewPerson person, String position, Ref department, String login, String externalId) {
        Ref staffRef = Ref.pending(person.name().full());
        Ref personRef = Ref.pending(person.name().full());
        index.staff.add(new StaffRec(
                staffRef,
                personRef,
                new PersonCard(
                        null,
                        person.name(),
                        person.sex(),
                        person.birthDate(),
                        person.email(),
                        person.phone(),
                        externalId,
                        login),
                position,
                null));
        if (externalId != null) {
            index.personsByExternalId.put(externalId, personRef);
        }
        plan.count("exchange.count.staff.created");
        plan.step(w -> {
            long id = w.people()
                    .createStaff(w.institutionId(), person, position, department == null ? null : department.id());
            staffRef.created(id);
            personRef.created(w.people().personOfStaff(id));
            identify(w, personRef, externalId, login);
        });
    }

    private void update(
            StaffRec match, NewPerson person, String position, Ref department, String login, String externalId) {
        PersonCard card = match.card;
        boolean personChanged = PersonChanges.differ(card, person);
        boolean staffChanged = !Objects.equals(match.position, position)
                || !Objects.equals(match.departmentId, department == null ? null : department.idOrNull())
                || department != null && department.isNew();
        String newExternalId = externalId != null && !externalId.equals(card.externalId()) ? externalId : null;
        String newLogin = login != null && !login.equals(card.preferredLogin()) ? login : null;
        if (!personChanged && !staffChanged && newExternalId == null && newLogin == null) {
            plan.count("exchange.count.staff.unchanged");
            return;
        }
        plan.count("exchange.count.staff.updated");
        plan.step(w -> {
            if (personChanged) {
                w.people().updatePerson(w.institutionId(), match.person.id(), person);
            }
            if (staffChanged) {
                w.people()
                        .updateStaff(
                                w.institutionId(),
                                match.ref.id(),
                                position,
                                department == null ? null : department.id());
            }
            identify(w, match.person, newExternalId, newLogin);
        });
    }

    private static void identify(Plan.Writers w, Ref person, String externalId, String login) {
        if (externalId != null) {
            w.people().identifyPerson(w.institutionId(), person.id(), externalId);
        }
        if (login != null) {
            w.people().preferLogin(w.institutionId(), person.id(), login);
        }
    }
}
