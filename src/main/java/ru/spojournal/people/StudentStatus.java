package ru.spojournal.people;

import java.util.Set;

/**
 * Where a student stands. Only a studying student is in the group's journal; the others keep
 * their records and history.
 */
public enum StudentStatus {
    STUDYING,
    ACADEMIC_LEAVE,
    EXPELLED,
    GRADUATED;

    /** Expelled or graduated: the student's record stays, their studies have ended. */
    public boolean left() {
        return this == EXPELLED || this == GRADUATED;
    }

    /** Which movements each status allows; a graduate is final. */
    public boolean allows(MovementKind kind) {
        Set<MovementKind> allowed = switch (this) {
            case STUDYING ->
                Set.of(
                        MovementKind.TRANSFER,
                        MovementKind.ACADEMIC_LEAVE,
                        MovementKind.EXPULSION,
                        MovementKind.GRADUATION);
            case ACADEMIC_LEAVE -> Set.of(MovementKind.RETURN, MovementKind.EXPULSION);
            case EXPELLED -> Set.of(MovementKind.RETURN);
            case GRADUATED -> Set.of();
        };
        return allowed.contains(kind);
    }

    /** The status a movement leads to. */
    public static StudentStatus after(MovementKind kind) {
        return switch (kind) {
            case ADMISSION, TRANSFER, RETURN -> STUDYING;
            case ACADEMIC_LEAVE -> ACADEMIC_LEAVE;
            case EXPULSION -> EXPELLED;
            case GRADUATION -> GRADUATED;
        };
    }
}
