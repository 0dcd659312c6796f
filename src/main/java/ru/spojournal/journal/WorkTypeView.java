package ru.spojournal.journal;

import java.math.BigDecimal;

/** A kind of work as pages and the API show it. */
public record WorkTypeView(Long id, String code, String name, BigDecimal weight, boolean passFail, boolean archived) {}
