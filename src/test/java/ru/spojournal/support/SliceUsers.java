package ru.spojournal.support;

import java.util.Set;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;

/** Signed-in users of one college for web slices, as the login of the people module builds them. */
public final class SliceUsers {

    public static final long INSTITUTION = 1L;
    public static final long TEACHER_STAFF = 10L;
    public static final long STUDENT = 20L;
    public static final long PARENT = 30L;

    private SliceUsers() {}

    public static CurrentUser teacher() {
        return teacher(TEACHER_STAFF);
    }

    public static CurrentUser teacher(long staffId) {
        return user(100 + staffId, "teacher" + staffId, staffId, null, null, Role.TEACHER);
    }

    public static CurrentUser student() {
        return user(200, "student", null, STUDENT, null, Role.STUDENT);
    }

    public static CurrentUser parent() {
        return user(300, "parent", null, null, PARENT, Role.PARENT);
    }

    public static CurrentUser admin() {
        return user(400, "admin", 40L, null, null, Role.ADMIN);
    }

    public static CurrentUser user(
            long accountId, String login, Long staffId, Long studentId, Long parentId, Role... roles) {
        return new CurrentUser(
                accountId,
                INSTITUTION,
                login,
                "{noop}secret",
                "Пользователь " + login,
                accountId,
                staffId,
                studentId,
                parentId,
                Set.of(roles),
                true,
                false);
    }
}
