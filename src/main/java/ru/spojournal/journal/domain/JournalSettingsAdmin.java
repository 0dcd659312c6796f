package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;

/**
 * The administrator's edits of the journal's lists (R14: the administrator sets the system's
 * parameters): kinds of work and their weights, lesson types, reasons of absence. An entry is
 * archived, never deleted: marks, lessons and absences recorded with it keep it (R1). An archived
 * entry is no longer offered for new records but still names the old ones.
 */
@Service
@Transactional
public class JournalSettingsAdmin {

    private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

    /** Letters the grid's attendance column already gives a meaning: «н» absent, «о» late. */
    private static final Set<String> RESERVED_MARKS = Set.copyOf(JournalWords.WORDS.words("reservedReasonMarks"));

    private final WorkTypeRepository workTypes;
    private final LessonTypeRepository lessonTypes;
    private final AbsenceReasonRepository reasons;

    JournalSettingsAdmin(
            WorkTypeRepository workTypes, LessonTypeRepository lessonTypes, AbsenceReasonRepository reasons) {
        this.workTypes = workTypes;
        this.lessonTypes = lessonTypes;
        this.reasons = reasons;
    }

    /** The list in its order, in one statement; archived entries only when asked for. */
    @Transactional(readOnly = true)
    public List<SettingsEntry> entries(long institutionId, SettingsList list, boolean archived) {
        return all(institutionId, list).stream()
                .map(SettingsEntity::entry)
                .filter(e -> archived || !e.archived())
                .toList();
    }

    @Transactional(readOnly = true)
    public SettingsEntry entry(long institutionId, SettingsList list, long id) {
        return find(institutionId, list, id).entry();
    }

    public long add(long institutionId, SettingsList list, SettingsEdit edit) {
        List<? extends SettingsEntity> all = all(institutionId, list);
        check(list, edit, all, -1L);
        String code = freeCode(all);
        int order = all.stream().mapToInt(SettingsEntity::sortOrder).max().orElse(-1) + 1;
        String name = edit.name().strip();
        return switch (list) {
            case WORK_TYPES ->
                workTypes
                        .save(new WorkType(institutionId, code, name, edit.weight(), edit.passFail(), order))
                        .getId();
            case LESSON_TYPES ->
                lessonTypes
                        .save(new LessonType(institutionId, code, name, order))
                        .getId();
            case ABSENCE_REASONS ->
                reasons.save(new AbsenceReason(institutionId, code, name, edit.excused(), mark(edit), order))
                        .getId();
        };
    }

    public void edit(long institutionId, SettingsList list, long id, SettingsEdit edit) {
        SettingsEntity entity = find(institutionId, list, id);
        if (edit.version() != null && edit.version() != entity.getVersion()) {
            throw new ConflictException("stale " + list, null);
        }
        check(list, edit, all(institutionId, list), id);
        entity.rename(edit.name().strip());
        if (entity instanceof WorkType w) {
            w.reweigh(edit.weight(), edit.passFail());
        } else if (entity instanceof AbsenceReason r) {
            r.excuse(edit.excused());
            r.mark(mark(edit));
        }
        flush(list);
    }

    public void archive(long institutionId, SettingsList list, long id, boolean archived) {
        find(institutionId, list, id).archive(archived);
    }

    /** A name is unique in its list; a weight is above 0 and at most 10, as the averages (R21) expect. */
    private static void check(SettingsList list, SettingsEdit edit, List<? extends SettingsEntity> all, long exceptId) {
        String name = edit.name() == null ? "" : edit.name().strip();
        if (name.isEmpty()) {
            throw new FieldRejectedException("name", "settings.name.required");
        }
        if (all.stream().anyMatch(e -> e.getId() != exceptId && e.entry().name().equalsIgnoreCase(name))) {
            throw new FieldRejectedException("name", "settings.name.duplicate", name);
        }
        if (list == SettingsList.WORK_TYPES) {
            if (edit.weight() == null) {
                throw new FieldRejectedException("weight", "settings.weight.required");
            }
            if (edit.weight().signum() <= 0 || edit.weight().compareTo(MAX_WEIGHT) > 0) {
                throw new FieldRejectedException("weight", "settings.weight.range");
            }
        }
        String mark = mark(edit);
        if (list == SettingsList.ABSENCE_REASONS && mark != null) {
            if (!mark.matches("[\\u0430-\\u044f]") || RESERVED_MARKS.contains(mark)) {
                throw new FieldRejectedException("mark", "settings.mark.letter", mark);
            }
            // An archived reason gives its letter away; its old absences keep showing it.
            if (all.stream()
                    .anyMatch(e -> e.getId() != exceptId
                            && !e.entry().archived()
                            && mark.equals(e.entry().mark()))) {
                throw new FieldRejectedException("mark", "settings.mark.duplicate", mark);
            }
        }
    }

    /** The letter typed and shown for a reason, lower-cased; none when blank. */
    private static String mark(SettingsEdit edit) {
        return edit.mark() == null || edit.mark().isBlank()
                ? null
                : edit.mark().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Entries added by hand get codes of their own, as exports name kinds of work by code. */
    private static String freeCode(List<? extends SettingsEntity> all) {
        Set<String> taken = all.stream().map(SettingsEntity::code).collect(Collectors.toSet());
        int n = all.size() + 1;
        while (taken.contains("CUSTOM_" + n)) {
            n++;
        }
        return "CUSTOM_" + n;
    }

    private List<? extends SettingsEntity> all(long institutionId, SettingsList list) {
        return switch (list) {
            case WORK_TYPES -> workTypes.findByInstitutionIdOrderBySortOrder(institutionId);
            case LESSON_TYPES -> lessonTypes.findByInstitutionIdOrderBySortOrder(institutionId);
            case ABSENCE_REASONS -> reasons.findByInstitutionIdOrderBySortOrder(institutionId);
        };
    }

    private SettingsEntity find(long institutionId, SettingsList list, long id) {
        Optional<? extends SettingsEntity> found = switch (list) {
            case WORK_TYPES -> workTypes.findById(id);
            case LESSON_TYPES -> lessonTypes.findById(id);
            case ABSENCE_REASONS -> reasons.findById(id);
        };
        return found.filter(e -> e.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("entry"));
    }

    private void flush(SettingsList list) {
        switch (list) {
            case WORK_TYPES -> workTypes.flush();
            case LESSON_TYPES -> lessonTypes.flush();
            case ABSENCE_REASONS -> reasons.flush();
        }
    }
}
