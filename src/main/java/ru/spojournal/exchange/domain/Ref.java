package ru.spojournal.exchange.domain;

/**
 * A record of the college that an import finds or will create. Until the import is applied a new
 * record has no id; the step that creates it sets the id, and later steps read it. Refs compare
 * by identity, so they serve as keys before they have ids.
 */
final class Ref {

    static final Ref NONE = new Ref(null, "");

    private Long id;
    private final String label;

    Ref(Long id, String label) {
        this.id = id;
        this.label = label;
    }

    static Ref pending(String label) {
        return new Ref(null, label);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not created yet: " + label);
        }
        return id;
    }

    Long idOrNull() {
        return id;
    }

    boolean isNew() {
        return id == null;
    }

    void created(long id) {
        this.id = id;
    }

    String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
