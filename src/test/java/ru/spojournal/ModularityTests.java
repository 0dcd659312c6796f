package ru.spojournal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** DESIGN §4: modules use each other only through their public API; documentation is generated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JournalApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void documents_the_modules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
