package ru.spojournal.structure.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;

/**
 * The institution's own settings (R14: the administrator sets the system's parameters): its name
 * and its time zone, which decides what "the day of the lesson" is (R5).
 */
@Service
@Transactional
public class CollegeSettings {

    private final InstitutionRepository institutions;

    CollegeSettings(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    @Transactional(readOnly = true)
    public InstitutionRow settings(long institutionId) {
        return find(institutionId).row();
    }

    /** A time zone must be a real one (Asia/Novokuznetsk), or every lesson day would be wrong. */
    public void edit(long institutionId, InstitutionEdit edit) {
        Institution institution = find(institutionId);
        if (edit.version() != null && edit.version() != institution.getVersion()) {
            throw new ConflictException("stale institution", null);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(edit.timeZone().strip());
        } catch (DateTimeException e) {
            throw new FieldRejectedException(
                    "timeZone", "institution.timeZone.invalid", edit.timeZone().strip());
        }
        institution.edit(edit.name().strip(), edit.shortName().strip(), zone);
        institutions.flush();
    }

    private Institution find(long institutionId) {
        return institutions.findById(institutionId).orElseThrow(() -> new NotFoundException("institution"));
    }

    /** The institution's name, short name and time zone, with the version the form was read at. */
    public record InstitutionEdit(String name, String shortName, String timeZone, Long version) {}
}
