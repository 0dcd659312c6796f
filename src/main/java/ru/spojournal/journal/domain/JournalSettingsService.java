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
        for (Object[] w : new Object[][] {
            {"ORAL", "Устный ответ", "1.0", false},
            {"WRITTEN", "Письменная работа", "1.0", false},
            {"PRACTICAL", "Практическая работа", "1.5", false},
            {"LAB", "Лабораторная работа", "1.5", false},
            {"INDEPENDENT", "Самостоятельная работа", "1.2", false},
            {"TEST", "Тестирование", "1.2", false},
            {"CONTROL", "Контрольная работа", "2.0", false},
            {"HOMEWORK", "Домашняя работа", "0.8", false},
            {"PRACTICE_DAY", "Работа на практике", "1.0", false},
            {"CREDIT", "Зачётная работа", "1.0", true}
        }) {
            workTypes.save(new WorkType(
                    inst, (String) w[0], (String) w[1], new BigDecimal((String) w[2]), (Boolean) w[3], i++));
        }
        i = 0;
        for (String[] t : new String[][] {
            {"COMBINED", "Комбинированное занятие"}, {"LECTURE", "Лекция"}, {"PRACTICAL", "Практическое занятие"},
            {"LAB", "Лабораторная работа"}, {"CONTROL", "Контрольная работа"}, {"SEMINAR", "Семинар"},
            {"EXCURSION", "Экскурсия"}, {"CONSULTATION", "Консультация"}, {"INDEPENDENT", "Самостоятельная работа"},
            {"PRACTICE", "Учебная практика"}, {"INDUSTRIAL_PRACTICE", "Производственная практика"}
        }) {
            lessonTypes.save(new LessonType(inst, t[0], t[1], i++));
        }
        i = 0;
        for (Object[] r : new Object[][] {
            {"ILLNESS", "Болезнь (справка)", true, "б"}, {"FAMILY", "По заявлению родителей", true, "у"},
            {"COLLEGE", "По распоряжению колледжа", true, "р"}, {"UNEXCUSED", "Без уважительной причины", false, null}
        }) {
            reasons.save(new AbsenceReason(inst, (String) r[0], (String) r[1], (Boolean) r[2], (String) r[3], i++));
        }
    }
}
