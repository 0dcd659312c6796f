package ru.spojournal.platform.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that belongs to one college and that people may edit at once: it carries the
 * institution and an optimistic-locking version, so a lost update becomes a conflict instead.
 */
@MappedSuperclass
public abstract class InstitutionOwned extends BaseEntity {

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InstitutionOwned() {}

    protected InstitutionOwned(long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public long getVersion() {
        return version;
    }
}
