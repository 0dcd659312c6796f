package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A reason of absence from the institution's list; it says whether the absence is excused. */
@Entity
@Table(name = "absence_reason")
class AbsenceReason extends InstitutionOwned implements SettingsEntity {

    private String code;
    private String name;
    private boolean excused;

    /** The letter the journal's cell shows for the absence, typed in the grid to set the reason. */
    private String mark;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean archived;

    protected AbsenceReason() {}

    AbsenceReason(long institutionId, String code, String name, boolean excused, String mark, int sortOrder) {
        super(institutionId);
        this.code = code;
        this.name = name;
        this.excused = excused;
        this.mark = mark;
        this.sortOrder = sortOrder;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int sortOrder() {
        return sortOrder;
    }

    @Override
    public void rename(String name) {
        this.name = name;
    }

    @Override
    public void archive(boolean archived) {
        this.archived = archived;
    }

    void excuse(boolean excused) {
        this.excused = excused;
    }

    void mark(String mark) {
        this.mark = mark;
    }

    @Override
    public SettingsEntry entry() {
        return new SettingsEntry(getId(), code, name, null, false, excused, archived, getVersion(), mark);
    }

    boolean isArchived() {
        return archived;
    }

    AbsenceReasonView view() {
        return new AbsenceReasonView(getId(), code, name, excused, mark, archived);
    }
}
