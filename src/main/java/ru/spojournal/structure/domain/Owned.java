package ru.spojournal.structure.domain;

import java.util.Optional;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** Look-ups shared by the administrator's services: a row of another college does not exist here. */
final class Owned {

    private Owned() {}

    static <T extends InstitutionOwned> T of(Optional<T> found, long institutionId, String what) {
        return found.filter(e -> e.getInstitutionId() == institutionId).orElseThrow(() -> new NotFoundException(what));
    }

    /** An edit read at an older version would silently undo someone else's change: it is refused. */
    static <T extends InstitutionOwned> T atVersion(T entity, Long version) {
        if (version != null && version != entity.getVersion()) {
            throw new ConflictException("stale " + entity.getClass().getSimpleName(), null);
        }
        return entity;
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
