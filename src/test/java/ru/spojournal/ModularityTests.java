package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** DESIGN §4: modules use each other only through their public API; documentation is generated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JournalApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    /**
     * Without a declared list, Modulith allows a module to use any other's API; with one, verify()
     * fails on every use not in it. So each business module declares its list (the open platform
     * aside), and a new module cannot leave it out.
     */
    @Test
    void every_business_module_declares_the_modules_it_may_use() throws Exception {
        for (var module : modules) {
            String base = module.getBasePackage().getName();
            ApplicationModule declared =
                    Class.forName(base + ".package-info").getPackage().getAnnotation(ApplicationModule.class);
            assertThat(declared).as(base + " has @ApplicationModule").isNotNull();
            if (declared.type() != ApplicationModule.Type.OPEN) {
                assertThat(declared.allowedDependencies())
                        .as(base + " declares allowedDependencies")
                        .isNotEmpty();
            }
        }
    }

    @Test
    void documents_the_modules() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
