package ru.spojournal.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;

/**
 * Random calls to every endpoint of the journal API, most of them malformed or foreign: broken JSON,
 * wrong types, ids of another journal or group, values outside the scale, odd dates, wrong content
 * types and methods, missing CSRF tokens and callers of other roles. Everything is drawn from one
 * seeded {@link Random}, so that a run is repeated with the same seed. A call usually keeps most
 * fields valid and spoils one or two, so that it gets past the JSON reader to the rules behind it.
 */
final class JournalApiFuzzCalls {

    /** Who sends a call: the journal's own teacher, or someone who may at most read it. */
    enum Caller {
        OWNER,
        OTHER_TEACHER,
        STUDENT,
        PARENT,
        CURATOR,
        HEAD,
        DEPUTY,
        ANONYMOUS
    }

    enum Csrf {
        VALID,
        MISSING,
        INVALID
    }

    /** One HTTP call; {@code path} may hold unparsable ids on purpose. */
    record Call(
            String endpoint,
            Caller caller,
            HttpMethod method,
            String path,
            Map<String, String> params,
            String contentType,
            String accept,
            Csrf csrf,
            String body) {

        boolean writes() {
            return !(HttpMethod.GET.equals(method)
                    || HttpMethod.HEAD.equals(method)
                    || HttpMethod.OPTIONS.equals(method));
        }

        @Override
        public String toString() {
            return endpoint + " as " + caller + ": " + method + " " + path + (params.isEmpty() ? "" : " " + params)
                    + " [Content-Type: " + contentType + ", Accept: " + accept + ", CSRF " + csrf + "] "
                    + (body == null ? "(no body)" : "body " + printable(body));
        }
    }

    /** Ids the calls use: those of the journal under test, and foreign ones. */
    record Facts(
            long journalId,
            long foreignJournalId,
            List<Long> students,
            List<Long> outsiders,
            List<Long> foreignLessons,
            List<Long> foreignColumns,
            List<Long> workTypes,
            List<Long> lessonTypes,
            List<Long> absenceReasons,
            LocalDate today) {}

    /** What the journal holds now, as its JSON says: the ids and versions a valid call needs. */
    record State(
            List<LessonNow> lessons,
            List<Long> deletedLessons,
            List<Long> deletedColumns,
            Map<String, Long> markVersions,
            Map<String, Long> attendanceVersions) {}

    record LessonNow(long id, LocalDate date, long version, List<Long> columns) {}

    private static final String[] BAD_NUMBERS = {
        "0",
        "-1",
        "-9223372036854775808",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999",
        "1.5",
        "1e400",
        "-0",
        "2147483648",
        "\"12\"",
        "\"abc\"",
        "\"\"",
        "\" 7 \"",
        "true",
        "[]",
        "[1,2]",
        "{}",
        "{\"id\":1}",
        "null",
        "NaN",
        "0x1F",
        "1_000",
        "01",
        "+5",
        "\"\\u0000\""
    };
    private static final String[] BAD_PATH_IDS = {
        "abc",
        "-1",
        "0",
        "99999999999999999999",
        "9223372036854775808",
        "1.5",
        "1e3",
        "null",
        "%20",
        "+5",
        "0x10",
        "%D9%A3",
        "1;2",
        "%00"
    };
    private static final String[] BAD_DATES = {
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "1900-01-01",
        "0001-01-01",
        "9999-12-31",
        "+10000-01-01",
        "-0001-01-01",
        "+999999999-12-31",
        "-999999999-01-01",
        "18.11.2026",
        "2026/11/18",
        "2026-11-18T10:00:00",
        "2026-11-18T10:00:00Z",
        "",
        "  ",
        "сегодня",
        "2026-11-18\\u0000",
        "2026-W47-3"
    };
    private static final String[] BAD_DATE_TOKENS = {
        "20261118", "[2026,11,18]", "[2026,2,30]", "[]", "{}", "true", "-1", "9999999999999", "null"
    };
    private static final String[] BAD_MARKS = {
        "6",
        "0",
        "1",
        "-5",
        "5.0",
        "abc",
        "пять",
        "5 5",
        "55",
        "з з",
        "н",
        "оп",
        "осв",
        "５",
        "⁵",
        "5\\u0000",
        "\\u0000",
        "\\t",
        "<b>5</b>",
        "5'; drop table mark; --",
        "ЗАЧТЕНО!",
        "нз нз"
    };
    private static final String[] ODD_TEXTS = {
        "",
        " ",
        "\\t\\n",
        "\\u0000",
        "Тема\\u0000с нулём",
        "\\u0007звонок",
        "\\u001b[31mкрасный",
        "🧪🔥📐 лабораторная",
        "е\\u0301ж",
        "\\u200b",
        "\\u202eобратно",
        "\\ud800",
        "\\udfff\\ud800",
        "<script>alert(1)</script>",
        "'; drop table lesson; --",
        "${7*7}",
        "%s%n%d",
        "\\\\u0041",
        "Тема\\r\\nвторая строка",
        "ﷺ",
        "𝔗𝔢𝔪𝔞"
    };
    private static final String[] BAD_KINDS = {
        "\"PRESENT\"",
        "\"absent\"",
        "\"н\"",
        "\"ОП\"",
        "\"\"",
        "0",
        "1",
        "true",
        "[\"ABSENT\"]",
        "{}",
        "\"ABSENT \"",
        "\"LATE\\u0000\""
    };
    private static final String[] TOPICS = {
        "Кристаллическое строение металлов",
        "Диаграмма железо — углерод",
        "Практическая работа № 3: твёрдость по Бринеллю",
        "Контрольная работа по разделу 2",
        "Термическая обработка"
    };
    private static final String[] CONTENT_TYPES = {
        null,
        "text/plain",
        "application/xml",
        "text/html",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/octet-stream",
        "application/json; charset=ISO-8859-1",
        "application/problem+json",
        "garbage",
        "application/*",
        "application/json; charset=no-such-charset"
    };
    private static final String[] ACCEPTS = {
        "application/json", "*/*", "text/html", "application/xml", "image/png", "text/plain", "application/problem+json"
    };
    private static final HttpMethod[] METHODS = {
        HttpMethod.GET,
        HttpMethod.POST,
        HttpMethod.PUT,
        HttpMethod.DELETE,
        HttpMethod.PATCH,
        HttpMethod.HEAD,
        HttpMethod.OPTIONS
    };

    private final Random random;
    private final Facts facts;

    JournalApiFuzzCalls(Random random, Facts facts) {
        this.random = random;
        this.facts = facts;
    }

    /** The next call, valid or spoilt, for the journal as it is now. */
    Call next(State state) {
        int r = random.nextInt(100);
        Call call;
        if (r < 5) {
            call = new Call(
                    "journal", Caller.OWNER, HttpMethod.GET, journal(""), Map.of(), null, null, Csrf.VALID, null);
        } else if (r < 22) {
            call = json("create lesson", HttpMethod.POST, journal("/lessons"), lessonBody(state, null));
        } else if (r < 35) {
            LessonNow lesson = pick(state.lessons());
            String id = lesson != null && chance(75) ? String.valueOf(lesson.id()) : lessonId(state);
            call = json("update lesson", HttpMethod.PUT, journal("/lessons/" + id), lessonBody(state, lesson));
        } else if (r < 44) {
            call = deleteLesson(state);
        } else if (r < 62) {
            call = json("mark", HttpMethod.PUT, journal("/marks"), markBody(state));
        } else if (r < 76) {
            call = json("attendance", HttpMethod.PUT, journal("/attendance"), attendanceBody(state));
        } else if (r < 82) {
            call = new Call(
                    "attendance taken",
                    Caller.OWNER,
                    HttpMethod.POST,
                    journal("/lessons/" + lessonId(state) + "/attendance-taken"),
                    Map.of(),
                    null,
                    null,
                    Csrf.VALID,
                    null);
        } else if (r < 90) {
            call = json("exemption", HttpMethod.PUT, journal("/exemptions/" + studentPathId()), exemptionBody());
        } else if (r < 95) {
            call = cellHistory(state);
        } else {
            call = new Call(
                    "lesson history",
                    Caller.OWNER,
                    HttpMethod.GET,
                    journal("/lessons/" + lessonId(state) + "/history"),
                    Map.of(),
                    null,
                    null,
                    Csrf.VALID,
                    null);
        }
        return disturbed(call);
    }

    // --- the endpoints -------------------------------------------------------------------------

    private Call json(String endpoint, HttpMethod method, String path, String body) {
        return new Call(
                endpoint,
                Caller.OWNER,
                method,
                path,
                Map.of(),
                "application/json",
                null,
                Csrf.VALID,
                chance(12) ? broken(body) : body);
    }

    private String lessonBody(State state, LessonNow existing) {
        Map<String, String> f = new LinkedHashMap<>();
        LocalDate date = chance(70) ? facts.today() : facts.today().plusDays(random.nextInt(10) - 6);
        f.put("date", quote(date.toString()));
        f.put("periodNumber", chance(15) ? null : String.valueOf(1 + random.nextInt(8)));
        f.put("hours", String.valueOf(1 + random.nextInt(2)));
        f.put("topic", quote(TOPICS[random.nextInt(TOPICS.length)]));
        f.put("lessonTypeId", chance(70) ? null : String.valueOf(pick(facts.lessonTypes())));
        f.put(
                "columns",
                chance(50)
                        ? null
                        : "[{\"workTypeId\":" + (chance(40) ? "null" : pick(facts.workTypes())) + ",\"title\":"
                                + (chance(50) ? "null" : quote("№" + (1 + random.nextInt(9)))) + "}]");
        f.put(
                "homework",
                chance(50)
                        ? null
                        : "{\"content\":" + quote("Конспект, вопросы 1–5") + ",\"pages\":"
                                + quote("12–18") + ",\"tasks\":" + quote("1, 2") + ",\"dueDate\":"
                                + (chance(50)
                                        ? "null"
                                        : quote(facts.today()
                                                .plusDays(random.nextInt(8))
                                                .toString())) + "}");
        f.put(
                "individualHomework",
                chance(80)
                        ? null
                        : "{\"content\":" + quote("Доклад") + ",\"studentIds\":[" + pick(facts.students()) + "]}");
        f.put("reason", date.isBefore(facts.today()) || chance(30) ? quote("Журнал был недоступен") : null);
        f.put("version", existing == null || chance(50) ? null : String.valueOf(existing.version()));
        return object(spoilt(
                f,
                Map.of(
                        "date", this::badDate,
                        "periodNumber", () -> chance(50) ? pickOf("9", "-3", "100") : badNumber(),
                        "hours", () -> chance(50) ? pickOf("0", "9", "13", "-2", "24") : badNumber(),
                        "topic", this::badText,
                        "lessonTypeId",
                                () -> chance(40)
                                        ? String.valueOf(facts.foreignColumns().get(0))
                                        : badNumber(),
                        "columns", this::badColumns,
                        "homework", this::badHomework,
                        "individualHomework", this::badIndividualHomework,
                        "reason", this::badText,
                        "version", this::badNumber)));
    }

    private Call deleteLesson(State state) {
        Map<String, String> params = new LinkedHashMap<>();
        if (chance(50)) {
            params.put("confirm", chance(70) ? pickOf("true", "false") : pickOf("yes", "1", "", "истина", "TRUE "));
        }
        if (chance(50)) {
            params.put("reason", chance(50) ? "Ошибочная запись" : unescaped(badText()));
        }
        return new Call(
                "delete lesson",
                Caller.OWNER,
                HttpMethod.DELETE,
                journal("/lessons/" + lessonId(state)),
                params,
                null,
                null,
                Csrf.VALID,
                null);
    }

    private String markBody(State state) {
        Map<String, String> f = new LinkedHashMap<>();
        LessonNow lesson = pick(state.lessons());
        long column =
                lesson == null || lesson.columns().isEmpty() ? pick(facts.foreignColumns()) : pick(lesson.columns());
        long student = pick(facts.students());
        f.put("columnId", String.valueOf(column));
        f.put("studentId", String.valueOf(student));
        f.put("value", chance(15) ? null : quote(pickOf("5", "4", "3", "2", "н/а", "з", "нз", "", " 4 ", "НА")));
        Long version = state.markVersions().get(column + ":" + student);
        f.put("version", version == null || chance(10) ? null : String.valueOf(version));
        f.put(
                "reason",
                lesson != null && lesson.date().isBefore(facts.today()) || chance(20)
                        ? quote("Исправление по контрольной")
                        : null);
        return object(spoilt(
                f,
                Map.of(
                        "columnId", () -> foreignOrBad(facts.foreignColumns(), state.deletedColumns()),
                        "studentId", () -> foreignOrBad(facts.outsiders(), List.of()),
                        "value", () -> chance(70) ? quote(pickOf(BAD_MARKS)) : badNumber(),
                        "version", this::badNumber,
                        "reason", this::badText)));
    }

    private String attendanceBody(State state) {
        Map<String, String> f = new LinkedHashMap<>();
        LessonNow lesson = pick(state.lessons());
        long student = pick(facts.students());
        long lessonId = lesson == null ? pick(facts.foreignLessons()) : lesson.id();
        f.put("lessonId", String.valueOf(lessonId));
        f.put("studentId", String.valueOf(student));
        f.put("kind", chance(20) ? null : quote(pickOf("ABSENT", "LATE")));
        f.put("hours", chance(60) ? null : String.valueOf(1 + random.nextInt(2)));
        f.put("reasonId", chance(60) ? null : String.valueOf(pick(facts.absenceReasons())));
        Long version = state.attendanceVersions().get(lessonId + ":" + student);
        f.put("version", version == null || chance(10) ? null : String.valueOf(version));
        f.put(
                "reason",
                lesson != null && lesson.date().isBefore(facts.today()) || chance(20)
                        ? quote("Уточнение посещаемости")
                        : null);
        return object(spoilt(
                f,
                Map.of(
                        "lessonId", () -> foreignOrBad(facts.foreignLessons(), state.deletedLessons()),
                        "studentId", () -> foreignOrBad(facts.outsiders(), List.of()),
                        "kind", () -> pickOf(BAD_KINDS),
                        "hours", () -> chance(50) ? pickOf("0", "-1", "3", "9", "2147483647") : badNumber(),
                        "reasonId", () -> chance(30) ? "999999999" : badNumber(),
                        "version", this::badNumber,
                        "reason", this::badText)));
    }

    private String exemptionBody() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("exempt", pickOf("true", "false"));
        f.put("reason", chance(80) ? quote("Справка ЛФК") : null);
        return object(spoilt(
                f,
                Map.of(
                        "exempt",
                        () -> pickOf("\"yes\"", "\"true\"", "1", "0", "null", "[]", "\"да\"", "2"),
                        "reason",
                        this::badText)));
    }

    private Call cellHistory(State state) {
        Map<String, String> params = new LinkedHashMap<>();
        LessonNow lesson = pick(state.lessons());
        params.put("kind", pickOf("MARK", "ATTENDANCE", "LESSON", "EXEMPTION"));
        long subject = lesson == null ? 1 : lesson.columns().isEmpty() ? lesson.id() : pick(lesson.columns());
        params.put("subjectId", String.valueOf(subject));
        params.put("studentId", String.valueOf(pick(facts.students())));
        if (chance(60)) {
            String key = pickOf("kind", "subjectId", "studentId");
            if (chance(30)) {
                params.remove(key);
            } else {
                params.put(
                        key,
                        unescaped(pickOf(
                                pickOf(BAD_PATH_IDS),
                                "mark",
                                "FOO",
                                "",
                                "MARK,LESSON",
                                String.valueOf(pick(facts.foreignColumns())),
                                String.valueOf(pick(facts.outsiders())))));
            }
        }
        return new Call(
                "cell history",
                Caller.OWNER,
                HttpMethod.GET,
                journal("/history"),
                params,
                null,
                null,
                Csrf.VALID,
                null);
    }

    // --- what spoils a call as a whole ----------------------------------------------------------

    /** Another caller, CSRF token, content type, Accept header or method now and then. */
    private Call disturbed(Call c) {
        Caller caller = c.caller();
        if (chance(25)) {
            caller = pickOf(Caller.values());
        }
        String path = c.path();
        if (caller == Caller.OTHER_TEACHER && path.startsWith("/api/v1/journals/" + facts.foreignJournalId())) {
            // The other teacher keeps the foreign journal: a call of theirs to it is no fuzz at all.
            path = path.replaceFirst("^/api/v1/journals/\\d+", "/api/v1/journals/" + facts.journalId());
        }
        Csrf csrf = chance(8) ? pickOf(Csrf.MISSING, Csrf.INVALID) : Csrf.VALID;
        String contentType = c.body() != null && chance(8) ? pickOf(CONTENT_TYPES) : c.contentType();
        String accept = chance(8) ? pickOf(ACCEPTS) : c.accept();
        HttpMethod method = chance(6) ? pickOf(METHODS) : c.method();
        return new Call(c.endpoint(), caller, method, path, c.params(), contentType, accept, csrf, c.body());
    }

    private String journal(String rest) {
        int r = random.nextInt(100);
        String id = r < 88
                ? String.valueOf(facts.journalId())
                : r < 94 ? String.valueOf(facts.foreignJournalId()) : r < 97 ? "999999999" : pickOf(BAD_PATH_IDS);
        return "/api/v1/journals/" + id + rest;
    }

    private String lessonId(State state) {
        int r = random.nextInt(100);
        LessonNow lesson = pick(state.lessons());
        if (r < 70 && lesson != null) {
            return String.valueOf(lesson.id());
        } else if (r < 80 && !state.deletedLessons().isEmpty()) {
            return String.valueOf(pick(state.deletedLessons()));
        } else if (r < 90) {
            return String.valueOf(pick(facts.foreignLessons()));
        }
        return pickOf(BAD_PATH_IDS);
    }

    private String studentPathId() {
        int r = random.nextInt(100);
        return r < 75
                ? String.valueOf(pick(facts.students()))
                : r < 90 ? String.valueOf(pick(facts.outsiders())) : pickOf(BAD_PATH_IDS);
    }

    /** Spoils none, one or two fields of a valid body: drops them or gives them a bad value. */
    private Map<String, String> spoilt(Map<String, String> fields, Map<String, Supplier<String>> bad) {
        int n = random.nextInt(100) < 25 ? 0 : random.nextInt(100) < 75 ? 1 : 2;
        List<String> names = new ArrayList<>(bad.keySet());
        java.util.Collections.sort(names);
        for (int i = 0; i < n; i++) {
            String name = pick(names);
            fields.put(name, chance(20) ? null : bad.get(name).get());
        }
        if (chance(5)) {
            fields.put(pickOf("extra", "id", "journalId", "institutionId", "deleted"), pickOf("1", "true", "\"x\""));
        }
        return fields;
    }

    private static String object(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (value != null) {
                out.append(out.length() > 1 ? "," : "")
                        .append('"')
                        .append(name)
                        .append("\":")
                        .append(value);
            }
        });
        return out.append('}').toString();
    }

    /** JSON that no reader should take whole. */
    private String broken(String body) {
        return switch (random.nextInt(12)) {
            case 0 -> body.substring(0, random.nextInt(Math.max(1, body.length())));
            case 1 -> body.replaceFirst(":", "");
            case 2 -> body + pickOf("}", ",", "garbage", "{}", "]");
            case 3 -> pickOf("", " ", "null", "[]", "\"text\"", "123", "{", "{\"date\":", "<lesson/>", "true");
            case 4 -> "[" + body + "]";
            case 5 -> "[".repeat(2000) + "]".repeat(2000);
            case 6 -> "{\"a\":".repeat(1500) + "1" + "}".repeat(1500);
            case 7 -> body.replace("\"", "'");
            case 8 -> body.replaceFirst("\\{", "{\"topic\":\"raw\u0001control\",");
            case 9 -> body.replaceFirst("\\{", "{\"date\":\"" + facts.today() + "\",\"date\":\"вчера\",");
            case 10 -> "\uFEFF" + body;
            default -> body.replaceFirst("\\{", "{/* comment */");
        };
    }

    // --- bad values ----------------------------------------------------------------------------

    private String badNumber() {
        return pickOf(BAD_NUMBERS);
    }

    private String badDate() {
        return chance(70) ? quote(pickOf(BAD_DATES)) : pickOf(BAD_DATE_TOKENS);
    }

    /** A JSON token where text belongs: odd text, very long text, or no text at all. */
    private String badText() {
        int r = random.nextInt(100);
        if (r < 45) {
            return "\"" + pickOf(ODD_TEXTS) + "\"";
        } else if (r < 75) {
            int length = pickOf(201, 301, 501, 601, 2001, 10_000);
            return quote("Ж".repeat(length));
        }
        return pickOf("42", "true", "[]", "[\"а\"]", "{}", "-1.5e300");
    }

    private String badColumns() {
        return pickOf(
                "{}",
                "\"Устный ответ\"",
                "[null]",
                "[1]",
                "[{\"workTypeId\":999999999}]",
                "[{\"workTypeId\":" + pick(facts.lessonTypes()) + "}]",
                "[{\"workTypeId\":\"abc\"}]",
                "[{\"title\":" + quote("№".repeat(101)) + "}]",
                "[{\"title\":" + badText() + "}]",
                "[" + "{},".repeat(30) + "{}]");
    }

    private String badHomework() {
        return pickOf(
                "\"Конспект\"",
                "[]",
                "{\"content\":" + badText() + "}",
                "{\"content\":\"Конспект\",\"pages\":" + quote("1".repeat(201)) + "}",
                "{\"content\":\"Конспект\",\"tasks\":" + badText() + "}",
                "{\"content\":\"Конспект\",\"dueDate\":" + badDate() + "}",
                "{\"content\":\"Конспект\",\"dueDate\":"
                        + quote(facts.today().minusDays(30).toString()) + "}",
                "{\"content\":\"Конспект\",\"studentIds\":[" + pick(facts.outsiders()) + "]}");
    }

    private String badIndividualHomework() {
        return pickOf(
                "{\"content\":\"Доклад\"}",
                "{\"content\":\"Доклад\",\"studentIds\":[]}",
                "{\"content\":\"Доклад\",\"studentIds\":[" + pick(facts.outsiders()) + "]}",
                "{\"content\":\"Доклад\",\"studentIds\":" + badNumber() + "}",
                "{\"content\":\"Доклад\",\"studentIds\":[" + badNumber() + "]}",
                "{\"content\":\"Доклад\",\"studentIds\":[null]}");
    }

    private String foreignOrBad(List<Long> foreign, List<Long> stale) {
        int r = random.nextInt(100);
        if (r < 45) {
            return String.valueOf(pick(foreign));
        } else if (r < 60 && !stale.isEmpty()) {
            return String.valueOf(pick(stale));
        }
        return badNumber();
    }

    // --- helpers -------------------------------------------------------------------------------

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    private <T> T pickOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** A JSON string of plain text (no escapes inside). */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The text of a JSON string token written with escapes, for a query parameter. */
    private static String unescaped(String token) {
        String t = token.startsWith("\"") && token.endsWith("\"") && token.length() > 1
                ? token.substring(1, token.length() - 1)
                : token;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length()) {
                char n = t.charAt(++i);
                switch (n) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A body as an assertion message shows it: control characters escaped, long runs cut. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 400; i++) {
            char c = text.charAt(i);
            out.append(
                    c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\uFEFF'
                            ? String.format("\\u%04x", (int) c)
                            : String.valueOf(c));
        }
        return out.length() >= 400 ? out + "… (" + text.length() + " chars)" : out.toString();
    }
}
