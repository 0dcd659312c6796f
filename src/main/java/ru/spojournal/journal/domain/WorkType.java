package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.spojournal.journal.WorkTypeView;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A вид работы with its weight in the average; a pass-fail kind takes з/нз instead of points. */
@Entity
@Table(name = "work_type")
class WorkType extends InstitutionOwned implements SettingsEntity {

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

    void reweigh(BigDecimal weight, boolean passFail) {
        this.weight = weight;
        this.passFail = passFail;
    }

    @Override
    public SettingsEntry entry() {
        return new SettingsEntry(getId(), code, name, weight, passFail, false, archived, getVersion());
    }

    WorkTypeView view() {
        return new WorkTypeView(getId(), code, name, weight, passFail, archived);
    }
}
