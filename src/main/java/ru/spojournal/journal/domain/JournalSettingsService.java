package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.NamedOption;
import ru.spojournal.journal.WorkTypeView;
import ru.spojournal.platform.text.Vocabulary;
import ru.spojournal.structure.InstitutionCreated;

/** The journal's own {@link ru.spojournal.journal.JournalSettings}. */
@Service
@Order(-10)
public class JournalSettingsService implements ru.spojournal.journal.JournalSettings, ApplicationRunner {

    private final WorkTypeRepository workTypes;
    private final LessonTypeRepository lessonTypes;
    private final AbsenceReasonRepository reasons;
    private final ru.spojournal.structure.CollegeStructure structure;

    JournalSettingsService(
            WorkTypeRepository workTypes,
            LessonTypeRepository lessonTypes,
            AbsenceReasonRepository reasons,
            ru.spojournal.structure.CollegeStructure structure) {
        this.workTypes = workTypes;
        this.lessonTypes = lessonTypes;
        this.reasons = reasons;
        this.structure = structure;
    }

    @Transactional(readOnly = true)
    public List<WorkTypeView> workTypes(long institutionId) {
        return workTypes.findByInstitutionIdOrderBySortOrder(institutionId).stream()
                .map(WorkType::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<NamedOption> lessonTypes(long institutionId) {
        return lessonTypes.findByInstitutionIdOrderBySortOrder(institutionId).stream()
                .map(LessonType::view)
                .toList();
    }

    /** The lesson types offered for new lessons; archived ones still name old lessons through {@link #lessonTypes}. */
    @Transactional(readOnly = true)
    public List<NamedOption> activeLessonTypes(long institutionId) {
        return lessonTypes.findByInstitutionIdOrderBySortOrder(institutionId).stream()
                .filter(t -> !t.isArchived())
                .map(LessonType::view)
                .toList();
    }

    /** The reasons offered for new absences and notices; archived ones still name old records. */
    @Transactional(readOnly = true)
    public List<AbsenceReasonView> activeAbsenceReasons(long institutionId) {
        return reasons.findByInstitutionIdOrderBySortOrder(institutionId).stream()
                .filter(r -> !r.isArchived())
                .map(AbsenceReason::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AbsenceReasonView> absenceReasons(long institutionId) {
        return reasons.findByInstitutionIdOrderBySortOrder(institutionId).stream()
                .map(AbsenceReason::view)
                .toList();
    }

    /** A new college gets the default lists in the same transaction that creates it. */
    @EventListener
    @Transactional
    public void on(InstitutionCreated event) {
        seed(event.institutionId());
    }

    /** Colleges created before the journal existed get the lists at start. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        structure.institutionIds().forEach(this::seed);
    }

    void seed(long inst) {
        if (workTypes.existsByInstitutionId(inst)) {
            return;
        }
        int i = 0;
        Vocabulary words = JournalWords.WORDS;
        for (String code : words.words("workTypes")) {
            List<String> w = words.words("workType." + code);
            workTypes.save(
                    new WorkType(inst, code, w.get(0), new BigDecimal(w.get(1)), Boolean.parseBoolean(w.get(2)), i++));
        }
        i = 0;
        for (String code : words.words("lessonTypes")) {
            lessonTypes.save(new LessonType(inst, code, words.word("lessonType." + code), i++));
        }
        i = 0;
        for (String code : words.words("absenceReasons")) {
            List<String> r = words.words("absenceReason." + code);
            String mark = r.get(2).isEmpty() ? null : r.get(2);
            reasons.save(new AbsenceReason(inst, code, r.get(0), Boolean.parseBoolean(r.get(1)), mark, i++));
        }
    }
}
