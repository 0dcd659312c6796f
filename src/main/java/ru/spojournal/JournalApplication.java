package ru.spojournal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The college electronic journal: one Spring Boot application, one package per business module. */
@SpringBootApplication
// The platform (security, layout, time, errors) is part of every module test's context.
@org.springframework.modulith.Modulithic(sharedModules = "platform")
@ConfigurationPropertiesScan
public class JournalApplication {

    public static void main(String[] args) {
        SpringApplication.run(JournalApplication.class, args);
    }
}
