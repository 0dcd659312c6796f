package ru.spojournal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.spojournal.JournalApplication;

/** A start on a college's own database never creates the demo college or its fixed accounts. */
class NonDemoDatabaseIT {

    @Test
    void a_database_that_already_holds_a_college_gets_no_demo_accounts() {
        String url =
                "jdbc:h2:mem:nondemo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext first = start(url, false)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from institution", Integer.class))
                    .isZero();
            jdbc.update("insert into institution (id, code, name, short_name, time_zone, demo) values "
                    + "(1, 'kmt', 'Кузнецкий металлургический техникум', 'КМТ', 'Asia/Novokuznetsk', false)");
        }
        try (ConfigurableApplicationContext second = start(url, true)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from institution", Integer.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void the_production_profile_leaves_an_empty_database_empty() {
        String url =
                "jdbc:h2:mem:prodempty;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JournalApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("prod")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--server.port=0")) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from institution", Integer.class))
                    .isZero();
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean fillOnEmpty) {
        return new SpringApplicationBuilder(JournalApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--journal.demo.fill-on-empty=" + fillOnEmpty);
    }
}
