package ru.spojournal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The habits of STYLE.md, checked: no field injection, internals stay package-private. */
class ArchitectureTest {

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.spojournal");

    @Test
    void no_field_injection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(main);
    }

    @Test
    void entities_are_not_public() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(main);
    }

    @Test
    void repositories_are_not_public() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(main);
    }

    @Test
    void controllers_are_not_public() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(main);
    }

    @Test
    void the_platform_knows_no_business_module() {
        noClasses()
                .that()
                .resideInAPackage("ru.spojournal.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "ru.spojournal.structure..",
                        "ru.spojournal.people..",
                        "ru.spojournal.teaching..",
                        "ru.spojournal.portal..",
                        "ru.spojournal.supervision..",
                        "ru.spojournal.demo..")
                .check(main);
    }

    /**
     * The access and entry rules are decided from plain facts, so that each case is a unit test:
     * no bean, transaction, repository, entity or request reaches a business policy.
     */
    @Test
    void policies_know_no_framework() {
        noClasses()
                .that()
                .resideOutsideOfPackage("ru.spojournal.platform..")
                .and()
                .haveSimpleNameEndingWith("Policy")
                .or()
                .haveSimpleName("EntryWindow")
                .or()
                .haveSimpleName("Roster")
                .or()
                .haveSimpleName("SupervisorScope")
                .or()
                .haveSimpleName("Timeliness")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.stereotype..",
                        "org.springframework.beans..",
                        "org.springframework.transaction..",
                        "org.springframework.data..",
                        "org.springframework.web..",
                        "org.springframework.security..",
                        "jakarta.persistence..",
                        "jakarta.servlet..",
                        "org.hibernate..")
                .check(main);
    }
}
