package ru.spojournal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Helpers of the administrator's page tests: unique names and the statements a page reads. */
public final class AdminPages {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AdminPages() {}

    /** A name no other test uses, e.g. «Отделение 4711-3». */
    public static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A specialty code no other test uses; the service does not check the form's pattern. */
    public static String uniqueCode() {
        return "97." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 10000;
    }

    /** A number no other test uses, from 10 to 99. */
    public static int uniqueTwoDigits() {
        return 10 + (int) ((System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 90);
    }

    /** Statements of one view of the page; the fewest of three, as listeners on other threads may add some. */
    public static long statements(MockMvc mvc, EntityManagerFactory emf, MockHttpSession session, String path)
            throws Exception {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            int status = mvc.perform(get(path).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(200);
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }
}
