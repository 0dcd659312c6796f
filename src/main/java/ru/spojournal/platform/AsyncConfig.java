package ru.spojournal.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Reactions to events run after the change is committed, off the request thread; jobs run on a schedule. */
@Configuration
@EnableAsync
@EnableScheduling
class AsyncConfig {}
