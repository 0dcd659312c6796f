package ru.spojournal.exchange.domain;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.teaching.TeachingAdmin;
import ru.spojournal.teaching.TimetableReplacement;

/**
 * Checks and applies imports. Checking reads the college and plans every change without writing.
 * Applying plans again inside one transaction, since the college may have changed since the
 * check, and runs the plan only if it has no error: the import applies whole or not at all. One
 * import at a time writes into a college, so that two cannot create the same group.
 */
@Service
public class CollegeImports {

    private final IndexLoader loader;
    private final PeopleDirectory directory;
    private final StructureAdmin structure;
    private final PeopleAdmin people;
    private final TeachingAdmin teaching;
    private final TimetableReplacement timetable;
    private final TimetableData timetableData;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final MessageSource messages;
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    CollegeImports(
            IndexLoader loader,
            PeopleDirectory directory,
            StructureAdmin structure,
            PeopleAdmin people,
            TeachingAdmin teaching,
            TimetableReplacement timetable,
            TimetableData timetableData,
            PlatformTransactionManager transactions,
            MessageSource messages) {
        this.timetable = timetable;
        this.timetableData = timetableData;
        this.loader = loader;
        this.directory = directory;
        this.structure = structure;
        this.people = people;
        this.teaching = teaching;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.messages = messages;
    }

    public ImportReport check(long institutionId, ImportBatch batch) {
        Plan plan = readOnly.execute(s -> plan(institutionId, batch));
        return report(false, batch, plan);
    }

    /** Applies the batch if it has no error; on any failure the transaction rolls back whole. */
    public ImportReport apply(long institutionId, ImportBatch batch, Plan.Progress progress) {
        ReentrantLock lock = locks.computeIfAbsent(institutionId, id -> new ReentrantLock());
        lock.lock();
        try {
            Plan plan = writing.execute(s -> {
                Plan planned = plan(institutionId, batch);
                if (!batch.problems.hasErrors()) {
                    planned.run(new Plan.Writers(institutionId, structure, people, teaching, timetable), progress);
                }
                return planned;
            });
            return report(!batch.problems.hasErrors(), batch, plan);
        } catch (FieldRejectedException e) {
            batch.problems.error(
                    At.FILE,
                    "exchange.apply.rejected",
                    messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("ru")));
            return report(false, batch, new Plan());
        } catch (DataAccessException | NotFoundException e) {
            batch.problems.error(At.FILE, "exchange.apply.conflict");
            return report(false, batch, new Plan());
        } finally {
            lock.unlock();
        }
    }

    private Plan plan(long institutionId, ImportBatch batch) {
        CollegeIndex index = loader.load(institutionId);
        var logins = batch.staff.stream()
                .map(Entries.StaffEntry::login)
                .filter(l -> !Names.blank(l))
                .map(l -> l.strip())
                .toList();
        directory
                .accountsByLogins(logins)
                .forEach(a -> index.accounts.put(a.login().toLowerCase(Locale.ROOT), a));
        Problems problems = batch.problems;
        Plan plan = new Plan();
        problems.inFile(batch.termsFile);
        new TermPlanner(index, plan, problems).plan(batch.terms);
        problems.inFile(batch.staffFile);
        new StaffPlanner(index, plan, problems).plan(batch.staff);
        problems.inFile(batch.groupsFile);
        new GroupPlanner(index, plan, problems).plan(batch.groups);
        problems.inFile(batch.subjectsFile);
        new SubjectPlanner(index, plan, problems).plan(batch.subjects);
        problems.inFile(batch.studentsFile);
        new StudentPlanner(index, plan, problems).plan(batch.students);
        problems.inFile(batch.assignmentsFile);
        new AssignmentPlanner(index, plan, problems).plan(batch.assignments);
        problems.inFile(batch.slotsFile);
        if (!batch.slots.isEmpty()) {
            new TimetablePlanner(index, timetableData.load(institutionId), plan, problems).plan(batch.slots);
        }
        problems.inFile(null);
        return plan;
    }

    private static ImportReport report(boolean applied, ImportBatch batch, Plan plan) {
        Problems p = batch.problems;
        return new ImportReport(
                applied,
                batch.size(),
                p.errorCount(),
                p.warningCount(),
                p.list(),
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(plan.counts())));
    }
}
