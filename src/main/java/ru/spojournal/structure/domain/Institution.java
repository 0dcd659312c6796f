package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import ru.spojournal.platform.jpa.BaseEntity;
import ru.spojournal.structure.InstitutionView;

/** One college; its time zone decides what "the day of the lesson" is. */
@Entity
@Table(name = "institution")
class Institution extends BaseEntity {

    private String code;
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Column(name = "time_zone")
    private String timeZone;

    private boolean demo;

    @Version
    private long version;

    protected Institution() {}

    Institution(String code, String name, String shortName, ZoneId zone, boolean demo) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.timeZone = zone.getId();
        this.demo = demo;
    }

    long getVersion() {
        return version;
    }

    void edit(String name, String shortName, ZoneId zone) {
        this.name = name;
        this.shortName = shortName;
        this.timeZone = zone.getId();
    }

    InstitutionRow row() {
        return new InstitutionRow(getId(), code, name, shortName, timeZone, version);
    }

    InstitutionView view() {
        return new InstitutionView(getId(), code, name, shortName, ZoneId.of(timeZone), demo);
    }
}
