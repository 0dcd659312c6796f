package ru.spojournal.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A вид работы with its weight in the average; a pass-fail kind takes з/нз instead of points. */
@Entity
@Table(name = "work_type")
class WorkType extends InstitutionOwned {

    private String code;
    private String name;
    private BigDecimal weight;

    @Column(name = "pass_fail")
    private boolean passFail;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean archived;

    protected WorkType() {}

    WorkType(long institutionId, String code, String name, BigDecimal weight, boolean passFail, int sortOrder) {
        super(institutionId);
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.passFail = passFail;
        this.sortOrder = sortOrder;
    }

    WorkTypeView view() {
        return new WorkTypeView(getId(), code, name, weight, passFail, archived);
    }
}
