package org.upright.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Sizes and knobs of one bench run, from command-line flags ({@code --name=value}).
 * The defaults are the full size of issue [J]; {@code --small} is the CI size.
 */
public final class BenchConfig {

    /** The server to use; the database named in it is dropped and created again unless {@code --reuse}. */
    String url = "jdbc:postgresql://127.0.0.1:5432/upright_bench";
    String user = "postgres";
    String password = "";
    int members = 30_000;
    int coaches = 300;
    int bigCoachClients = 500;
    int articles = 2_000;
    /** Members' histories are uniformly 60 .. this many days long. */
    int maxHistoryDays = 960;
    long seed = 42;
    /** Keep an already loaded database (skip generation when it holds the expected number of members). */
    boolean reuse;
    boolean skipLatency;
    /** Drop and create the database first (off: it exists and is empty, e.g. a test's fresh database). */
    boolean recreate = true;
    boolean explain = true;
    /** Also EXPLAIN ANALYZE the generic plans (slow where they are bad: a minute per 500-client statement under load). */
    boolean generic = true;
    /** Only the cases whose group starts with this (e.g. "coach 500"); empty: all. */
    String only = "";
    /** Measured calls per case (after warm-up), and the time after which a case stops early. */
    int calls = 1_000;
    int warmupCalls = 12;
    double caseSeconds = 25;
    /** Members the member queries rotate over. */
    int memberSample = 200;
    Path report = Path.of("target", "bench-report.md");

    static BenchConfig parse(String... args) {
        BenchConfig c = new BenchConfig();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--small" -> c.small();
                case "--help" -> throw new IllegalArgumentException(usage());
                case "--url" -> c.url = value;
                case "--user" -> c.user = value;
                case "--password" -> c.password = value;
                case "--members" -> c.members = Integer.parseInt(value);
                case "--coaches" -> c.coaches = Integer.parseInt(value);
                case "--big-coach" -> c.bigCoachClients = Integer.parseInt(value);
                case "--articles" -> c.articles = Integer.parseInt(value);
                case "--history-days" -> c.maxHistoryDays = Integer.parseInt(value);
                case "--seed" -> c.seed = Long.parseLong(value);
                case "--reuse" -> c.reuse = true;
                case "--load-only" -> c.skipLatency = true;
                case "--no-recreate" -> c.recreate = false;
                case "--no-explain" -> c.explain = false;
                case "--no-generic" -> c.generic = false;
                case "--only" -> c.only = value;
                case "--calls" -> c.calls = Integer.parseInt(value);
                case "--warmup" -> c.warmupCalls = Integer.parseInt(value);
                case "--case-seconds" -> c.caseSeconds = Double.parseDouble(value);
                case "--member-sample" -> c.memberSample = Integer.parseInt(value);
                case "--report" -> c.report = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        if (c.bigCoachClients > c.members || c.coaches < 1) {
            throw new IllegalArgumentException("Need at least one coach and no more big-coach clients than members");
        }
        return c;
    }

    /** The CI size: 600 members, a 100-client "big" coach and five of ~100, a few calls per case. */
    BenchConfig small() {
        members = 600;
        coaches = 5;
        bigCoachClients = 100;
        articles = 100;
        maxHistoryDays = 400;
        calls = 50;
        warmupCalls = 12;
        caseSeconds = 5;
        memberSample = 20;
        url = url.replace("/upright_bench", "/upright_bench_small");
        return this;
    }

    static String usage() {
        return """
                bench/run.sh [--small] [--url=jdbc:postgresql://host:port/db] [--user=] [--password=]
                             [--members=30000] [--coaches=300] [--big-coach=500] [--articles=2000] [--history-days=960]
                             [--calls=1000] [--warmup=12] [--case-seconds=25] [--member-sample=200]
                             [--reuse] [--load-only] [--no-recreate] [--no-explain] [--no-generic] [--only=GROUP] [--report=target/bench-report.md]""";
    }

    String describe() {
        return String.format(Locale.ROOT, "%d members, %d coaches + one of %d clients, %d articles, histories up to %d days",
                members, coaches, bigCoachClients, articles, maxHistoryDays);
    }
}
