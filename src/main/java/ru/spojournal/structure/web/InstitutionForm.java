package ru.spojournal.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.spojournal.structure.domain.CollegeSettings.InstitutionEdit;
import ru.spojournal.structure.domain.InstitutionRow;

/** The institution's name, short name and time zone. */
class InstitutionForm {

    @NotBlank(message = "{institution.name.required}")
    @Size(max = 300, message = "{institution.name.tooLong}")
    private String name;

    @NotBlank(message = "{institution.shortName.required}")
    @Size(max = 100, message = "{institution.shortName.tooLong}")
    private String shortName;

    @NotBlank(message = "{institution.timeZone.required}")
    @Size(max = 64, message = "{institution.timeZone.tooLong}")
    private String timeZone;

    private Long version;

    static InstitutionForm of(InstitutionRow row) {
        InstitutionForm form = new InstitutionForm();
        form.name = row.name();
        form.shortName = row.shortName();
        form.timeZone = row.timeZone();
        form.version = row.version();
        return form;
    }

    InstitutionEdit edit() {
        return new InstitutionEdit(name, shortName, timeZone, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
