package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewDepartment;
import ru.spojournal.teaching.TeachingAdmin;

/**
 * What an import will do, found by checking it: the steps in the order they must run (a group
 * before its students, a student before the parents' links) and how many records each kind of
 * step creates or changes. Checking builds the plan; applying runs its steps in one transaction.
 */
final class Plan {

    /** The services that write, and the college they write into. */
    record Writers(
            long institutionId,
            StructureAdmin structure,
            PeopleAdmin people,
            TeachingAdmin teaching,
            ru.spojournal.teaching.TimetableReplacement timetable) {}

    private final List<java.util.function.Consumer<Writers>> steps = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void step(java.util.function.Consumer<Writers> step) {
        steps.add(step);
    }

    void count(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    int stepCount() {
        return steps.size();
    }

    /** Reports how far applying has come: steps done of all steps. */
    public interface Progress {
        void done(int steps, int of);
    }

    void run(Writers writers, Progress progress) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).accept(writers);
            progress.done(i + 1, steps.size());
        }
    }

    /** The department of this name, created by the import if the college has none. */
    Ref department(CollegeIndex index, String name) {
        Ref existing = index.departments.get(Names.norm(name));
        if (existing != null) {
            return existing;
        }
        Ref created = Ref.pending(name.strip());
        index.departments.put(Names.norm(name), created);
        count("exchange.count.departments.created");
        step(w -> created.created(w.structure()
                .createDepartment(w.institutionId(), new NewDepartment(created.label(), shortName(created.label())))));
        return created;
    }

    /** «Механическое отделение» → «МО»: initials of the words, as departments are abbreviated. */
    static String shortName(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String result = out.length() == 0 ? name : out.toString();
        return result.length() > 50 ? result.substring(0, 50) : result;
    }
}
