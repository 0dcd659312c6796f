package ru.spojournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one context every integration test shares: the whole application on the test database
 * (H2 in memory, or PostgreSQL when TEST_DATABASE_URL is set) with the demo college loaded. A test builds
 * a college of its own with {@link Colleges}, so that it depends on nothing another test left.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import({
    Colleges.class,
    ru.spojournal.journal.JournalTestColleges.class,
    ru.spojournal.people.PeopleFixtures.class,
    ru.spojournal.notification.domain.NotificationColleges.class,
    ru.spojournal.portal.PortalFixtures.class,
    ru.spojournal.teaching.TeachingFixtures.class,
    ru.spojournal.yearopening.YearOpeningFixtures.class
})
public @interface IntegrationTest {}
