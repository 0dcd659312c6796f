package ru.spojournal.people.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address of the site printed on credential slips: {@code journal.accounts.site-url} when set
 * (the address users know, behind a proxy), else the address this request came to.
 */
@Component
class SiteAddress {

    private final String configured;

    SiteAddress(@Value("${journal.accounts.site-url:}") String configured) {
        this.configured = configured;
    }

    String current() {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
