package ru.spojournal.journal;

/** An entry of a settings list (lesson type, absence reason). */
public record NamedOption(Long id, String code, String name) {}
