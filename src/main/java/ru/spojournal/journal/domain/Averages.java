package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import ru.spojournal.journal.MarkValue;

/**
 * The figures at the right end of the journal (R21: rules of derivation written down): the
 * weighted average of a student's graded marks, where each mark counts with the weight of its kind
 * of work (a test counts more than an oral answer); «з», «нз» and «н/а» carry no points and are
 * left out of the average. Group shares follow DESIGN §2 and leave out exempt students.
 */
public final class Averages {

    private Averages() {}

    /** A mark with the weight of its kind of work. */
    public record Weighted(MarkValue value, BigDecimal weight) {}

    /** Σ(points × weight) / Σ(weight) over graded marks, two decimals; null without graded marks. */
    public static BigDecimal weightedAverage(Collection<Weighted> marks) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted m : marks) {
            if (m.value().graded()) {
                sum = sum.add(m.weight()
                        .multiply(BigDecimal.valueOf(m.value().points().orElseThrow())));
                weights = weights.add(m.weight());
            }
        }
        return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }

    /** The five-point mark an average rounds to (4.50 → 5, 3.49 → 3), as term marks are proposed. */
    public static int rounded(BigDecimal average) {
        return average.setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * Quality (качество знаний) = share of students whose average rounds to 4 or 5; success
     * (абсолютная успеваемость) = share that rounds to 3 or more. Students without marks are left
     * out, as are exempt ones (the caller does not pass them). Percent, one decimal.
     */
    public record Shares(BigDecimal quality, BigDecimal success, int counted) {

        public static Shares of(List<BigDecimal> averages) {
            List<BigDecimal> counted = averages.stream().filter(a -> a != null).toList();
            if (counted.isEmpty()) {
                return new Shares(null, null, 0);
            }
            long good = counted.stream().filter(a -> rounded(a) >= 4).count();
            long passed = counted.stream().filter(a -> rounded(a) >= 3).count();
            return new Shares(percent(good, counted.size()), percent(passed, counted.size()), counted.size());
        }

        private static BigDecimal percent(long part, int whole) {
            return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }
}
