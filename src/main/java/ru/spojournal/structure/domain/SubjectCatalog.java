package ru.spojournal.structure.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.CatalogCommands.CurriculumEdit;
import ru.spojournal.structure.CatalogCommands.SubjectEdit;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.structure.SubjectView;

/**
 * The administrator's list of subjects (дисциплины, МДК, ПМ, практики) and each specialty's
 * учебный план (R14, R22: planned hours are what delivered hours are checked against). Subjects
 * and plan rows are archived, never deleted: assignments and journals refer to them.
 */
@Service
@Transactional
public class SubjectCatalog {

    public static final List<String> SUBJECT_SORTS = List.of("code", "name", "kind");

    private final SubjectRepository subjects;
    private final CurriculumRowRepository curriculum;
    private final SpecialtyRepository specialties;

    SubjectCatalog(SubjectRepository subjects, CurriculumRowRepository curriculum, SpecialtyRepository specialties) {
        this.subjects = subjects;
        this.curriculum = curriculum;
        this.specialties = specialties;
    }

    @Transactional(readOnly = true)
    public Page<SubjectRow> subjects(long institutionId, ListQuery q, boolean archived) {
        return subjects.search(institutionId, archived, q.like(), q.thenBy("id"));
    }

    @Transactional(readOnly = true)
    public SubjectRow subject(long institutionId, long id) {
        Owned.of(subjects.findById(id), institutionId, "subject");
        return subjects.rowOf(id).orElseThrow(() -> new NotFoundException("subject"));
    }

    /** Every subject in use, for choosing one in a plan. */
    @Transactional(readOnly = true)
    public List<SubjectView> activeSubjects(long institutionId) {
        return subjects.findByInstitutionIdAndArchivedFalseOrderByCode(institutionId).stream()
                .map(Subject::view)
                .toList();
    }

    /** The professional modules an МДК or a practice may belong to. */
    @Transactional(readOnly = true)
    public List<SubjectView> modules(long institutionId) {
        return subjects.findActiveOfKind(institutionId, SubjectKind.MODULE).stream()
                .map(Subject::view)
                .toList();
    }

    public long createSubject(long institutionId, SubjectEdit edit) {
        check(institutionId, edit, -1L);
        return subjects.save(new Subject(
                        institutionId, edit.code().strip(), edit.name().strip(), edit.kind(), edit.parentId()))
                .getId();
    }

    public void editSubject(long institutionId, long id, SubjectEdit edit) {
        Subject subject = Owned.atVersion(Owned.of(subjects.findById(id), institutionId, "subject"), edit.version());
        check(institutionId, edit, id);
        subject.edit(edit.code().strip(), edit.name().strip(), edit.kind(), edit.parentId());
        subjects.flush();
    }

    public void archiveSubject(long institutionId, long id, boolean archived) {
        Owned.of(subjects.findById(id), institutionId, "subject").archive(archived);
    }

    /** Only an МДК or a practice belongs to a module, and that module is a ПМ of this college. */
    private void check(long institutionId, SubjectEdit edit, long exceptId) {
        if (subjects.taken(institutionId, edit.code().strip(), edit.name().strip(), exceptId)) {
            throw new FieldRejectedException(
                    "code",
                    "subject.duplicate",
                    edit.code().strip(),
                    edit.name().strip());
        }
        if (edit.parentId() == null) {
            return;
        }
        if (edit.kind() != SubjectKind.MDK && edit.kind() != SubjectKind.PRACTICE) {
            throw new FieldRejectedException("parentId", "subject.parent.notAllowed");
        }
        Subject parent = subjects.findById(edit.parentId())
                .filter(p -> p.getInstitutionId() == institutionId && p.getId() != exceptId)
                .orElseThrow(() -> new FieldRejectedException("parentId", "subject.parent.unknown"));
        if (parent.getKind() != SubjectKind.MODULE) {
            throw new FieldRejectedException("parentId", "subject.parent.notModule");
        }
    }

    @Transactional(readOnly = true)
    public List<CurriculumLine> curriculum(long institutionId, long specialtyId, boolean archived) {
        Owned.of(specialties.findById(specialtyId), institutionId, "specialty");
        return curriculum.linesOf(specialtyId, archived);
    }

    public long addCurriculumRow(long institutionId, long specialtyId, CurriculumEdit edit) {
        Owned.of(specialties.findById(specialtyId), institutionId, "specialty");
        subjects.findById(edit.subjectId())
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("subjectId", "curriculum.subject.unknown"));
        if (curriculum.exists(specialtyId, edit.subjectId(), edit.semester())) {
            throw new FieldRejectedException("semester", "curriculum.duplicate", edit.semester());
        }
        return curriculum
                .save(new CurriculumRow(
                        institutionId, specialtyId, edit.subjectId(), edit.semester(), edit.hours(), edit.form()))
                .getId();
    }

    public void editCurriculumRow(long institutionId, long specialtyId, long rowId, CurriculumEdit edit) {
        CurriculumRow row = Owned.atVersion(row(institutionId, specialtyId, rowId), edit.version());
        row.update(edit.hours(), edit.form());
        curriculum.flush();
    }

    public void archiveCurriculumRow(long institutionId, long specialtyId, long rowId, boolean archived) {
        row(institutionId, specialtyId, rowId).archive(archived);
    }

    private CurriculumRow row(long institutionId, long specialtyId, long rowId) {
        CurriculumRow row = Owned.of(curriculum.findById(rowId), institutionId, "curriculumRow");
        if (!row.getSpecialtyId().equals(specialtyId)) {
            throw new NotFoundException("curriculumRow");
        }
        return row;
    }
}
