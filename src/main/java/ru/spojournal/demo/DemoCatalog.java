package ru.spojournal.demo;

import java.util.ArrayList;
import java.util.List;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.SubjectKind;

/**
 * What a metallurgical technical school teaches: specialties of the federal list (ФГОС СПО) with
 * their group prefixes, and a curriculum per course in the codes of the current standards
 * (ОУД for the first course, СГ, ЕН, ОП, ПМ with its МДК and practices later).
 */
final class DemoCatalog {

    private DemoCatalog() {}

    record SpecialtyDef(
            String code,
            String name,
            String qualification,
            String prefix,
            int department,
            int years,
            List<String> generalProfessional,
            String module,
            List<String> mdks) {}

    /** A subject of the catalog; {@code area} groups the subjects one teacher can teach. */
    record SubjectDef(String code, String name, SubjectKind kind, String area, boolean split, SubjectDef parent) {

        /** Identity within a college: the same code and name under the same module. */
        String key() {
            return code + "|" + name + "|" + (parent == null ? "" : parent.key());
        }
    }

    record CurriculumDef(SubjectDef subject, int hours, AttestationForm form) {}

    static final List<String> DEPARTMENTS = List.of(
            "Металлургическое отделение",
            "Отделение информационных технологий и экономики",
            "Энергомеханическое отделение",
            "Строительное отделение");

    static final List<String> DEPARTMENT_SHORT = List.of("МО", "ОИТЭ", "ЭМО", "СО");

    static final List<SpecialtyDef> SPECIALTIES = List.of(
            new SpecialtyDef(
                    "22.02.05",
                    "Обработка металлов давлением",
                    "Техник",
                    "ОМД",
                    0,
                    4,
                    List.of(
                            "Инженерная графика",
                            "Техническая механика",
                            "Материаловедение",
                            "Электротехника и электроника",
                            "Теория обработки металлов давлением"),
                    "Организация и ведение технологических процессов производства и обработки металлов давлением",
                    List.of("Технология обработки металлов давлением", "Оборудование кузнечно-прессовых цехов")),
            new SpecialtyDef(
                    "22.02.01",
                    "Металлургия черных металлов",
                    "Техник",
                    "МЧМ",
                    0,
                    4,
                    List.of(
                            "Инженерная графика",
                            "Техническая механика",
                            "Материаловедение",
                            "Электротехника и электроника",
                            "Физическая химия"),
                    "Ведение технологического процесса производства чугуна",
                    List.of("Технология производства чугуна", "Теплотехника металлургических печей")),
            new SpecialtyDef(
                    "09.02.07",
                    "Информационные системы и программирование",
                    "Программист",
                    "ИСП",
                    1,
                    4,
                    List.of(
                            "Операционные системы и среды",
                            "Архитектура аппаратных средств",
                            "Информационные технологии",
                            "Основы алгоритмизации и программирования",
                            "Основы проектирования баз данных"),
                    "Разработка модулей программного обеспечения для компьютерных систем",
                    List.of("Разработка программных модулей", "Поддержка и тестирование программных модулей")),
            new SpecialtyDef(
                    "13.02.11",
                    "Техническая эксплуатация и обслуживание электрического и электромеханического оборудования"
                            + " (по отраслям)",
                    "Техник",
                    "ЭО",
                    2,
                    4,
                    List.of(
                            "Инженерная графика",
                            "Электротехника",
                            "Техническая механика",
                            "Материаловедение",
                            "Электроника и микропроцессорная техника"),
                    "Организация простых работ по техническому обслуживанию и ремонту электрического и"
                            + " электромеханического оборудования",
                    List.of(
                            "Электрические машины и аппараты",
                            "Основы технической эксплуатации и обслуживания"
                                    + " электрического и электромеханического оборудования")),
            new SpecialtyDef(
                    "15.02.12",
                    "Монтаж, техническое обслуживание и ремонт промышленного оборудования (по отраслям)",
                    "Техник-механик",
                    "МТО",
                    2,
                    4,
                    List.of(
                            "Инженерная графика",
                            "Техническая механика",
                            "Материаловедение",
                            "Электротехника и основы электроники",
                            "Процессы формообразования и инструменты"),
                    "Осуществление монтажа промышленного оборудования и пусконаладочных работ",
                    List.of(
                            "Осуществление монтажных работ промышленного оборудования",
                            "Осуществление пусконаладочных работ промышленного оборудования")),
            new SpecialtyDef(
                    "38.02.01",
                    "Экономика и бухгалтерский учет (по отраслям)",
                    "Бухгалтер",
                    "ЭБУ",
                    1,
                    3,
                    List.of(
                            "Экономика организации",
                            "Финансы, денежное обращение и кредит",
                            "Налоги и налогообложение",
                            "Основы бухгалтерского учета",
                            "Аудит"),
                    "Документирование хозяйственных операций и ведение бухгалтерского учета активов организации",
                    List.of("Практические основы бухгалтерского учета активов организации")),
            new SpecialtyDef(
                    "22.02.06",
                    "Сварочное производство",
                    "Техник",
                    "СВ",
                    0,
                    4,
                    List.of(
                            "Инженерная графика",
                            "Техническая механика",
                            "Материаловедение",
                            "Электротехника и электроника",
                            "Основы экономики организации"),
                    "Подготовительно-сварочные работы и контроль качества сварных швов",
                    List.of(
                            "Технология сварочных работ",
                            "Основное оборудование для производства сварных" + " конструкций")),
            new SpecialtyDef(
                    "08.02.01",
                    "Строительство и эксплуатация зданий и сооружений",
                    "Техник",
                    "СЗС",
                    3,
                    4,
                    List.of(
                            "Инженерная графика",
                            "Техническая механика",
                            "Основы электротехники",
                            "Основы геодезии",
                            "Общие сведения об инженерных системах"),
                    "Участие в проектировании зданий и сооружений",
                    List.of("Проектирование зданий и сооружений", "Проект производства работ")));

    private static final List<SubjectDef> FIRST_COURSE = List.of(
            general("ОУД.01", "Русский язык", "Русский язык и литература"),
            general("ОУД.02", "Литература", "Русский язык и литература"),
            new SubjectDef("ОУД.03", "Иностранный язык", SubjectKind.DISCIPLINE, "Иностранный язык", true, null),
            general("ОУД.04", "Математика", "Математика"),
            general("ОУД.05", "История", "История и обществознание"),
            general("ОУД.06", "Физическая культура", "Физическая культура"),
            general("ОУД.07", "Основы безопасности и защиты Родины", "ОБЗР"),
            general("ОУД.08", "Информатика", "Информатика"),
            general("ОУД.09", "Физика", "Физика"),
            general("ОУД.10", "Химия", "Химия"));

    private static final List<SubjectDef> SOCIAL = List.of(
            general("СГ.01", "История России", "История и обществознание"),
            new SubjectDef(
                    "СГ.02",
                    "Иностранный язык в профессиональной деятельности",
                    SubjectKind.DISCIPLINE,
                    "Иностранный язык",
                    true,
                    null),
            general("СГ.03", "Безопасность жизнедеятельности", "ОБЗР"),
            general("СГ.04", "Физическая культура", "Физическая культура"),
            general("ЕН.01", "Математика", "Математика"));

    static SubjectDef general(String code, String name, String area) {
        return new SubjectDef(code, name, SubjectKind.DISCIPLINE, area, false, null);
    }

    /** The subjects a group of the specialty studies in a semester (1, 2 in the first course, ...). */
    static List<CurriculumDef> curriculum(SpecialtyDef s, int semester) {
        List<CurriculumDef> rows = new ArrayList<>();
        int course = (semester + 1) / 2;
        boolean spring = semester % 2 == 0;
        AttestationForm last = spring ? AttestationForm.EXAM : AttestationForm.DIFF_CREDIT;
        if (course == 1) {
            for (SubjectDef d : FIRST_COURSE) {
                boolean exam = spring && (d.code().equals("ОУД.01") || d.code().equals("ОУД.04"));
                rows.add(new CurriculumDef(
                        d,
                        d.code().equals("ОУД.04") ? 78 : 48,
                        exam ? AttestationForm.EXAM : spring ? AttestationForm.DIFF_CREDIT : AttestationForm.NONE));
            }
            return rows;
        }
        for (SubjectDef d : SOCIAL) {
            if (course >= 3 && (d.code().equals("СГ.01") || d.code().equals("ЕН.01"))) {
                continue;
            }
            rows.add(new CurriculumDef(d, 36, spring ? AttestationForm.DIFF_CREDIT : AttestationForm.CREDIT));
        }
        List<SubjectDef> op = generalProfessional(s);
        int from = course == 2 ? 0 : 2;
        for (int i = from; i < Math.min(op.size(), from + 3); i++) {
            rows.add(new CurriculumDef(op.get(i), 64, i == from ? last : AttestationForm.DIFF_CREDIT));
        }
        if (course >= 3) {
            int m = course - 2;
            SubjectDef module = module(s, m);
            rows.add(new CurriculumDef(module, 0, spring ? AttestationForm.QUALIFICATION_EXAM : AttestationForm.NONE));
            for (SubjectDef mdk : mdks(s, m)) {
                rows.add(new CurriculumDef(mdk, 96, last));
            }
            rows.add(new CurriculumDef(practice(s, m, "УП", "Учебная практика"), 72, AttestationForm.DIFF_CREDIT));
            if (spring) {
                rows.add(new CurriculumDef(
                        practice(s, m, "ПП", "Производственная практика"), 144, AttestationForm.DIFF_CREDIT));
            }
        }
        return rows;
    }

    static List<SubjectDef> generalProfessional(SpecialtyDef s) {
        List<SubjectDef> result = new ArrayList<>();
        for (int i = 0; i < s.generalProfessional().size(); i++) {
            String name = s.generalProfessional().get(i);
            result.add(new SubjectDef(
                    "ОП.%02d".formatted(i + 1), name, SubjectKind.DISCIPLINE, "ОП:" + name, false, null));
        }
        return result;
    }

    static SubjectDef module(SpecialtyDef s, int m) {
        String name = m == 1 ? s.module() : "Выполнение работ по одной или нескольким профессиям рабочих";
        return new SubjectDef("ПМ.%02d".formatted(m), name, SubjectKind.MODULE, s.prefix() + ":ПМ", false, null);
    }

    static List<SubjectDef> mdks(SpecialtyDef s, int m) {
        List<SubjectDef> result = new ArrayList<>();
        List<String> names = m == 1 ? s.mdks() : List.of("Технология выполнения работ по профессии");
        for (int i = 0; i < names.size(); i++) {
            result.add(new SubjectDef(
                    "МДК.%02d.%02d".formatted(m, i + 1),
                    names.get(i),
                    SubjectKind.MDK,
                    s.prefix() + ":МДК",
                    false,
                    module(s, m)));
        }
        return result;
    }

    static SubjectDef practice(SpecialtyDef s, int m, String prefix, String name) {
        return new SubjectDef(
                "%s.%02d".formatted(prefix, m),
                name,
                SubjectKind.PRACTICE,
                s.prefix() + ":практика",
                false,
                module(s, m));
    }

    /** The position written for a teacher of an area. */
    static String positionFor(String area) {
        return area.endsWith(":практика") ? "Мастер производственного обучения" : "Преподаватель";
    }
}
