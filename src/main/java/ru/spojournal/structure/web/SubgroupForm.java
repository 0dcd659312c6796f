package ru.spojournal.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A subgroup's name, e.g. «1 подгруппа» or «английский, группа Б». */
class SubgroupForm {

    @NotBlank(message = "{subgroup.name.required}")
    @Size(max = 50, message = "{subgroup.name.tooLong}")
    private String name;

    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
