package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.TermView;

/** A семестр of an academic year, with its dates. */
@Entity
@Table(name = "term")
class Term extends InstitutionOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "academic_year_id")
    private AcademicYear academicYear;

    private int number;
    private String name;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Term() {}

    Term(long institutionId, AcademicYear year, int number, String name, LocalDate startDate, LocalDate endDate) {
        super(institutionId);
        this.academicYear = year;
        this.number = number;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    AcademicYear getAcademicYear() {
        return academicYear;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    void edit(String name, LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    TermRow row() {
        return new TermRow(
                getId(), academicYear.getId(), academicYear.getName(), number, name, startDate, endDate, getVersion());
    }

    TermView view() {
        return new TermView(getId(), academicYear.getId(), academicYear.getName(), number, name, startDate, endDate);
    }
}
