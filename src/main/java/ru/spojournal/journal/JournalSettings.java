package ru.spojournal.journal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import ru.spojournal.structure.InstitutionCreated;

/**
 * The institution's lists for the journal: kinds of work and their weights, lesson types, reasons
 * of absence. Every college starts with the lists most colleges use; an admin page edits them.
 */
public interface JournalSettings {

    List<WorkTypeView> workTypes(long institutionId);

    List<NamedOption> lessonTypes(long institutionId);

    /** The lesson types offered for new lessons; archived ones still name old lessons through {@link #lessonTypes}. */
    List<NamedOption> activeLessonTypes(long institutionId);

    /** The reasons offered for new absences and notices; archived ones still name old records. */
    List<AbsenceReasonView> activeAbsenceReasons(long institutionId);

    List<AbsenceReasonView> absenceReasons(long institutionId);

    /** A new college gets the default lists in the same transaction that creates it. */
    void on(InstitutionCreated event);

    /** Colleges created before the journal existed get the lists at start. */
    void run(ApplicationArguments args);
}
