package ru.spojournal.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.spojournal.structure.CatalogCommands.DatesEdit;
import ru.spojournal.structure.domain.AcademicYearRow;
import ru.spojournal.structure.domain.TermRow;

/** The name and dates of an academic year or a term. */
class DatesForm {

    @NotBlank(message = "{dates.name.required}")
    @Size(max = 50, message = "{dates.name.tooLong}")
    private String name;

    @NotNull(message = "{term.startDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "{term.endDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private Long version;

    static DatesForm of(AcademicYearRow row) {
        return of(row.name(), row.startDate(), row.endDate(), row.version());
    }

    static DatesForm of(TermRow row) {
        return of(row.name(), row.startDate(), row.endDate(), row.version());
    }

    private static DatesForm of(String name, LocalDate start, LocalDate end, long version) {
        DatesForm form = new DatesForm();
        form.name = name;
        form.startDate = start;
        form.endDate = end;
        form.version = version;
        return form;
    }

    DatesEdit edit() {
        return new DatesEdit(name, startDate, endDate, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
