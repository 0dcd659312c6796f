package ru.spojournal.platform.web;

/** One entry of the navigation: a message key for its label, where it leads, its place, and an optional count. */
public record MenuItem(String labelKey, String path, int order, Long count) {

    public MenuItem(String labelKey, String path, int order) {
        this(labelKey, path, order, null);
    }
}
