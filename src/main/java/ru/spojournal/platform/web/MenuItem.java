package ru.spojournal.platform.web;

/** One entry of the navigation: a message key for its label, where it leads, and its place. */
public record MenuItem(String labelKey, String path, int order) {}
