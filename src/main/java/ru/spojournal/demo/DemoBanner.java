package ru.spojournal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.spojournal.structure.CollegeStructure;

/**
 * Tells whoever started the application where to open it and how to sign in to the demo college,
 * once, when the application is ready to answer.
 */
@Component
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final CollegeStructure structure;

    DemoBanner(CollegeStructure structure) {
        this.structure = structure;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null
                || structure.institutionByCode(DemoCollegeGenerator.DEMO_CODE).isEmpty()) {
            return;
        }
        log.info(
                "Ready: open http://localhost:{}/ and sign in as admin, deputy, head, teacher, curator, student or"
                        + " parent with the password «demo»",
                web.getWebServer().getPort());
    }
}
