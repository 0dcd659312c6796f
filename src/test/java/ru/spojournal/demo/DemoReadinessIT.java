package ru.spojournal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.structure.CollegeStructure;

/**
 * The first start of an empty database opens its port only once the demo college is filled, so
 * that the demo logins work from the first answer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:readiness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
@ActiveProfiles("test")
class DemoReadinessIT {

    static final AtomicBoolean FILLED_WHEN_SERVING = new AtomicBoolean();

    @TestConfiguration
    static class WatchTheServer {

        @Bean
        Object serverWatcher(CollegeStructure structure, PeopleDirectory people) {
            return new Object() {
                @EventListener
                void on(WebServerInitializedEvent event) {
                    FILLED_WHEN_SERVING.set(structure.institutionByCode("demo").isPresent()
                            && !people.accountsByLogins(java.util.List.of("admin", "teacher"))
                                    .isEmpty());
                }
            };
        }
    }

    @Autowired
    CollegeStructure structure;

    @Test
    void the_demo_college_is_filled_before_the_web_server_answers() {
        assertThat(FILLED_WHEN_SERVING).isTrue();
        assertThat(structure.institutionByCode("demo")).isPresent();
    }
}
