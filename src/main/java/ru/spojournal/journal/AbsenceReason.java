package ru.spojournal.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A reason of absence from the institution's list; it says whether the absence is excused. */
@Entity
@Table(name = "absence_reason")
class AbsenceReason extends InstitutionOwned {

    private String code;
    private String name;
    private boolean excused;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean archived;

    protected AbsenceReason() {}

    AbsenceReason(long institutionId, String code, String name, boolean excused, int sortOrder) {
        super(institutionId);
        this.code = code;
        this.name = name;
        this.excused = excused;
        this.sortOrder = sortOrder;
    }

    AbsenceReasonView view() {
        return new AbsenceReasonView(getId(), code, name, excused);
    }
}
