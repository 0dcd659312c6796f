package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** An учебный год such as 2026/2027. */
@Entity
@Table(name = "academic_year")
class AcademicYear extends InstitutionOwned {

    private String name;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected AcademicYear() {}

    AcademicYear(long institutionId, String name, LocalDate startDate, LocalDate endDate) {
        super(institutionId);
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void edit(String name, LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    AcademicYearRow row() {
        return new AcademicYearRow(getId(), name, startDate, endDate, getVersion());
    }

    String getName() {
        return name;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }
}
