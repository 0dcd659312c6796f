package ru.spojournal.structure.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A режим работы: the times of the пары. */
@Entity
@Table(name = "bell_schedule")
class BellSchedule extends InstitutionOwned {

    private String name;

    protected BellSchedule() {}

    String getName() {
        return name;
    }

    BellSchedule(long institutionId, String name) {
        super(institutionId);
        this.name = name;
    }
}
