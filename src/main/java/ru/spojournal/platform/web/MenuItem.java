package ru.spojournal.platform.web;

/**
 * One entry of the navigation: a message key for its label, where it leads, its place, an optional
 * count, and the drop-down it belongs to (none for an entry of the bar itself).
 */
public record MenuItem(String labelKey, String path, int order, Long count, MenuSection section) {

    public MenuItem(String labelKey, String path, int order) {
        this(labelKey, path, order, null, null);
    }

    public MenuItem(String labelKey, String path, int order, Long count) {
        this(labelKey, path, order, count, null);
    }

    /** The same entry inside a drop-down. */
    public MenuItem in(MenuSection section) {
        return new MenuItem(labelKey, path, order, count, section);
    }
}
