package org.upright.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs one case: warm-up (always past the 5th execution, when pgJDBC server-prepares), then timed calls. */
final class Latency {

    /** Figures of one case, in milliseconds; {@code first} are the first calls' times (cold, custom plans). */
    record Result(BenchCases.Case c, double[] first, int n, double p50, double p95, double p99, double max, String rows,
                  boolean capped) {

        String firstCalls() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < first.length; i++) {
                b.append(i == 0 ? "" : " / ").append(ms(first[i]));
            }
            return b.toString();
        }
    }

    /** The call from which a statement may run on PostgreSQL's cached generic plan. */
    static final int GENERIC_FROM = 10;

    private Latency() {
    }

    static Result run(BenchCases.Case c, BenchConfig config) {
        long caseStart = System.nanoTime();
        // at least 10 warm-up calls when asked for: pgJDBC server-prepares a statement at its 5th use, and
        // PostgreSQL plans the first 5 executions of a prepared statement with the values (custom plans)
        // before it may switch to a cached generic plan; the whole case stops after caseSeconds
        int warm = config.warmupCalls;
        double[] first = new double[Math.max(warm, 1)];
        Object last = null;
        int w = 0;
        while (w < warm) {
            long t = System.nanoTime();
            last = c.call().apply(w);
            first[w++] = (System.nanoTime() - t) / 1e6;
            if (w >= GENERIC_FROM && Generator.secs(caseStart) > config.caseSeconds / 2) {
                break;
            }
        }
        double[] times = new double[config.calls];
        int n = 0;
        boolean capped = false;
        while (n < config.calls) {
            long t = System.nanoTime();
            last = c.call().apply(w + n);
            times[n++] = (System.nanoTime() - t) / 1e6;
            if (Generator.secs(caseStart) > config.caseSeconds) {
                capped = n < config.calls;
                break;
            }
        }
        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        return new Result(c, Arrays.copyOf(first, w), n, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[n - 1], rows(last), capped);
    }

    static double pct(double[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    /** What the last call returned, to show results came back (a list's size, an optional's presence). */
    static String rows(Object result) {
        if (result instanceof Collection<?> c) {
            return c.size() + " rows";
        }
        if (result instanceof Optional<?> o) {
            return o.isPresent() ? "present" : "empty";
        }
        if (result instanceof Number n) {
            return "= " + n;
        }
        if (result == null) {
            return "null";
        }
        String s = result.getClass().getSimpleName();
        if (result instanceof Record r) {
            try {
                var comps = r.getClass().getRecordComponents();
                for (var comp : comps) {
                    Object v = comp.getAccessor().invoke(r);
                    if (v instanceof List<?> l) {
                        return s + " (" + comp.getName() + ": " + l.size() + ")";
                    }
                }
            } catch (ReflectiveOperationException ignored) {
                // only a description
            }
        }
        return s;
    }

    static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
