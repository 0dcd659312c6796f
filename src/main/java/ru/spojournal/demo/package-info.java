/**
 * The demo college: a generator, deterministic from a seed, that fills a realistic college (or a
 * region of them) through the public services of the other modules. It runs on the first start of
 * an empty embedded database, and from the command line to fill any database for benchmarks.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"journal", "people", "platform", "structure", "teaching"})
package ru.spojournal.demo;
