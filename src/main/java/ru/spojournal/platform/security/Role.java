package ru.spojournal.platform.security;

/**
 * The roles of DESIGN §3. One account may hold several. CURATOR is derived at login from the
 * groups the teacher curates; the others are granted to the account.
 */
public enum Role {
    ADMIN,
    DIRECTOR,
    DEPUTY,
    DEPARTMENT_HEAD,
    TEACHER,
    CURATOR,
    STUDENT,
    PARENT,
    REGION_ANALYST;

    /** A role that comes with a post in the college's staff, and ends with the dismissal (R16). */
    public boolean staff() {
        return switch (this) {
            case ADMIN, DIRECTOR, DEPUTY, DEPARTMENT_HEAD, TEACHER, CURATOR -> true;
            case STUDENT, PARENT, REGION_ANALYST -> false;
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The home page of the role; an account with several roles lands on the first in this order. */
    public String homePath() {
        return switch (this) {
            case ADMIN -> "/admin";
            case DIRECTOR, DEPUTY -> "/deputy";
            case DEPARTMENT_HEAD -> "/head";
            case TEACHER -> "/teacher";
            case CURATOR -> "/curator";
            case PARENT -> "/parent";
            case STUDENT -> "/student";
            case REGION_ANALYST -> "/account";
        };
    }
}
