package ru.spojournal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;

/**
 * Russian names drawn by their real frequency: first names of the 2000s, surnames of the
 * population, and patronymics made from the father's first name (with the irregular forms:
 * Лев → Львович, Илья → Ильинична).
 */
final class NameBank {

    private final Weighted male;
    private final Weighted female;
    private final Weighted surnames;
    private final Map<String, String[]> patronymics = new HashMap<>();

    NameBank() {
        male = Weighted.load("demo/names/male-first-names.yaml");
        female = Weighted.load("demo/names/female-first-names.yaml");
        surnames = Weighted.load("demo/names/male-last-names.yaml");
        for (String[] line : lines("demo/names/patronymics.yaml")) {
            String[] forms = line[1].split(",\\s*");
            patronymics.put(line[0], forms);
        }
    }

    String maleFirstName(Random random) {
        return male.draw(random);
    }

    String femaleFirstName(Random random) {
        return female.draw(random);
    }

    String surname(Random random) {
        return surnames.draw(random);
    }

    /** The patronymic of a child of a father with this first name, in the child's gender. */
    String patronymic(String fathersName, Sex childSex) {
        String[] forms = patronymics.get(fathersName);
        if (forms == null) {
            throw new IllegalStateException("no patronymic for " + fathersName);
        }
        return childSex == Sex.M ? forms[0] : forms[1];
    }

    /** A whole adult or child name: the father's name decides the patronymic. */
    PersonName person(Sex sex, String maleSurname, String fathersName, Random random) {
        String first = sex == Sex.M ? maleFirstName(random) : femaleFirstName(random);
        String last = sex == Sex.M ? maleSurname : RussianNames.feminineSurname(maleSurname);
        return new PersonName(last, first, patronymic(fathersName, sex));
    }

    private static List<String[]> lines(String resource) {
        List<String[]> result = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    result.add(new String[] {
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip()
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Values with weights; a draw is a binary search in the cumulative weights. */
    private record Weighted(String[] values, long[] cumulative) {

        static Weighted load(String resource) {
            List<String[]> rows = lines(resource);
            String[] values = new String[rows.size()];
            long[] cumulative = new long[rows.size()];
            long sum = 0;
            for (int i = 0; i < rows.size(); i++) {
                values[i] = rows.get(i)[0];
                sum += Long.parseLong(rows.get(i)[1]);
                cumulative[i] = sum;
            }
            return new Weighted(values, cumulative);
        }

        String draw(Random random) {
            long target = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
            int i = Arrays.binarySearch(cumulative, target + 1);
            return values[i >= 0 ? i : -i - 1];
        }
    }
}
