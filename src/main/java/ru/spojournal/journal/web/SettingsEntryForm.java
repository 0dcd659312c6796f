package ru.spojournal.journal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import ru.spojournal.journal.domain.SettingsEdit;
import ru.spojournal.journal.domain.SettingsEntry;
import ru.spojournal.platform.error.FieldRejectedException;

/** An entry of a journal list: its name and, by list, the weight and pass-fail or whether it excuses. */
class SettingsEntryForm {

    @NotBlank(message = "{settings.name.required}")
    @Size(max = 100, message = "{settings.name.tooLong}")
    private String name;

    private String weight;

    private boolean passFail;

    private boolean excused;

    private String mark;

    private Long version;

    static SettingsEntryForm of(SettingsEntry entry) {
        SettingsEntryForm form = new SettingsEntryForm();
        form.name = entry.name();
        form.weight = entry.weight() == null
                ? null
                : entry.weight().stripTrailingZeros().toPlainString();
        form.passFail = entry.passFail();
        form.excused = entry.excused();
        form.mark = entry.mark();
        form.version = entry.version();
        return form;
    }

    /** The weight as typed, with a comma or a point; a text that is no number is named as such. */
    SettingsEdit edit() {
        return new SettingsEdit(name, weight(), passFail, excused, version, mark);
    }

    private BigDecimal weight() {
        if (weight == null || weight.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(weight.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new FieldRejectedException("weight", "settings.weight.number");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public boolean isPassFail() {
        return passFail;
    }

    public void setPassFail(boolean passFail) {
        this.passFail = passFail;
    }

    public boolean isExcused() {
        return excused;
    }

    public void setExcused(boolean excused) {
        this.excused = excused;
    }

    public String getMark() {
        return mark;
    }

    public void setMark(String mark) {
        this.mark = mark;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
