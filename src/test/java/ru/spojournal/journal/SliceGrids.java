package ru.spojournal.journal;

import java.util.List;
import java.util.Map;
import ru.spojournal.journal.domain.Averages;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalGrid;

/** Journal grids for web slices: the page of a journal with no students and no lessons yet. */
public final class SliceGrids {

    private SliceGrids() {}

    public static JournalGrid empty(JournalContext ctx) {
        return new JournalGrid(
                ctx,
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                Map.of(),
                new Averages.Shares(null, null, 0),
                List.of(),
                List.of(),
                List.of());
    }
}
