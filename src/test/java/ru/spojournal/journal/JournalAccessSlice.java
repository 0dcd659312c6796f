package ru.spojournal.journal;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ru.spojournal.journal.domain.JournalAccess;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;

/**
 * The real {@link JournalAccess} in a web slice: journal addresses are open to every signed-in
 * user, so who may read or record is decided there (R8, R11), from facts the mocked modules give.
 * {@link Journals} lays out one journal of a given teacher on a fixed day of the autumn term.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({JournalAccess.class, JournalAccessSlice.Journals.class})
@MockitoBean(
        types = {
            TeachingLoad.class,
            CollegeStructure.class,
            AcademicCalendar.class,
            PeopleDirectory.class,
            Timetable.class
        })
public @interface JournalAccessSlice {

    Instant NOW = Instant.parse("2026-10-15T07:00:00Z");
    ZoneId ZONE = ZoneOffset.ofHours(3);
    long GROUP = 5L;
    long SUBJECT = 6L;
    long TERM = 7L;

    @TestConfiguration(proxyBeanMethods = false)
    class Journals {

        private final TeachingLoad load;
        private final CollegeStructure structure;
        private final AcademicCalendar calendar;

        Journals(TeachingLoad load, CollegeStructure structure, AcademicCalendar calendar) {
            this.load = load;
            this.structure = structure;
            this.calendar = calendar;
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZONE);
        }

        /** The journal {@code id} of group ИС-21 in «Математика», kept by the given teacher. */
        public GroupView journal(long id, long teacherStaffId) {
            long inst = SliceUsers.INSTITUTION;
            GroupView group = new GroupView(
                    GROUP, "ИС-21", 1L, "09.02.07", "Информационные системы", 2L, "Отделение ИТ", 2, 2024, 99L, false);
            when(load.assignment(inst, id))
                    .thenReturn(Optional.of(
                            new AssignmentView(id, inst, teacherStaffId, GROUP, null, SUBJECT, TERM, 72, false)));
            when(structure.groupOfRecord(inst, GROUP)).thenReturn(Optional.of(group));
            when(structure.subjectsByIds(anyCollection()))
                    .thenReturn(List.of(new SubjectView(SUBJECT, "ЕН.01", "Математика", SubjectKind.DISCIPLINE, null)));
            when(calendar.term(eq(inst), anyLong()))
                    .thenReturn(Optional.of(new TermView(
                            TERM,
                            1L,
                            "2026/2027",
                            1,
                            "1 семестр",
                            LocalDate.of(2026, 9, 1),
                            LocalDate.of(2026, 12, 31))));
            when(calendar.zone(inst)).thenReturn(ZONE);
            return group;
        }
    }
}
