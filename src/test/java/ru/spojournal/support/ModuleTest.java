package ru.spojournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The settings every module test shares, beside its own {@code @ApplicationModuleTest}: the test
 * profile, the college factory, and an in-memory database of the module tests alone (also in CI),
 * because a module test builds its own college, and the demo college that the full-context tests
 * rely on is only filled into a database that holds no college yet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@Import(Colleges.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:modules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
public @interface ModuleTest {}
