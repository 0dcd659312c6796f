package ru.spojournal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * journal.demo.fill-on-empty: fill the demo college when the database holds no college yet (on by
 * default for the embedded database, off in production). journal.demo.generate: fill the database
 * with a size (demo, college, region) and exit; seed and colleges tune it.
 */
@ConfigurationProperties("journal.demo")
record DemoSettings(Boolean fillOnEmpty, DemoSize generate, Long seed, Integer colleges) {

    DemoSettings {
        fillOnEmpty = fillOnEmpty != null && fillOnEmpty;
        seed = seed == null ? 20260901L : seed;
        colleges = colleges == null ? 3 : colleges;
    }
}
