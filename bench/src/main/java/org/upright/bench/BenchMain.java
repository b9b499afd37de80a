package org.upright.bench;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.portal.UprightApplication;
import org.upright.tracker.cohort.ClientProgressUpkeep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bench: (re)creates the database, starts the application's Spring context on it without a web
 * server (Flyway migrations and the starter-content import run as in production), loads the
 * population, then measures every case of {@link BenchCases} and writes a Markdown report.
 */
public final class BenchMain {

    /** What one run produced (the test checks that every case returned something). */
    public record Outcome(Generator.Loaded loaded, List<Latency.Result> results, Path report) {
    }

    private BenchMain() {
    }

    private interface ReportWriter {
        Path write() throws IOException, SQLException;
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config;
        try {
            config = BenchConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(config);
        System.exit(0);
    }

    public static Outcome run(String... args) throws Exception {
        return run(BenchConfig.parse(args));
    }

    static Outcome run(BenchConfig config) throws Exception {
        System.out.println("[bench] " + config.describe() + " into " + config.url);
        boolean load = !config.reuse || Generator.memberCount(config) != config.members;
        if (load && config.recreate) {
            Generator.recreateDatabase(config);
        }
        long t = System.nanoTime();
        StatementCapture capture = new StatementCapture();
        try (ConfigurableApplicationContext ctx = context(config, capture)) {
            System.out.printf(Locale.ROOT, "[bench] application context (migrations, starter content) up in %.1f s%n",
                    Generator.secs(t));
            Generator.Loaded loaded;
            if (load) {
                String hash = ctx.getBean(PasswordEncoder.class).encode(Generator.PASSWORD);
                loaded = new Generator(config).load(hash, ctx.getBean(ClientProgressUpkeep.class)::runAtStartup);
                System.out.printf(Locale.ROOT, "[bench] loaded in %.1f s%n%s", loaded.millis() / 1000.0, loaded.tableSizes());
            } else {
                try (Connection c = DriverManager.getConnection(config.url, config.user, config.password)) {
                    loaded = new Generator.Loaded(-1, Map.of(), Generator.tableSizes(c));
                }
                System.out.println("[bench] reusing the loaded database\n" + loaded.tableSizes());
            }
            List<Latency.Result> results = new ArrayList<>();
            StringBuilder plans = new StringBuilder();
            Map<Latency.Result, String> planSummary = new LinkedHashMap<>();
            if (!config.skipLatency) {
                // the report is rewritten after each case, so an interrupted run keeps what it measured
                measure(ctx, config, capture, results, plans, planSummary,
                        () -> writeReport(config, loaded, results, planSummary, plans));
            }
            Path report = writeReport(config, loaded, results, planSummary, plans);
            System.out.println("[bench] report: " + report.toAbsolutePath());
            return new Outcome(loaded, results, report);
        }
    }

    static ConfigurableApplicationContext context(BenchConfig config, StatementCapture capture) {
        SpringApplication app = new SpringApplicationBuilder(UprightApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "spring.datasource.url", config.url,
                        "spring.datasource.username", config.user,
                        "spring.datasource.password", config.password,
                        "spring.datasource.hikari.maximum-pool-size", "4",
                        "upright.demo-data", "false",
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "warn",
                        // no web server, so no Vaadin servlet either (the services do not use it)
                        "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "logging.level.org.upright", "info"))
                .initializers(c -> {
                    c.getBeanFactory().addBeanPostProcessor(capture);
                    // no web server: the HTTP filter chain (Vaadin's login view) cannot be built and is not
                    // needed; method security (@PreAuthorize on the services) stays as configured
                    c.addBeanFactoryPostProcessor(bf -> {
                        if (bf.containsBeanDefinition("securityFilterChain")) {
                            ((BeanDefinitionRegistry) bf).removeBeanDefinition("securityFilterChain");
                        }
                    });
                })
                .build();
        return app.run();
    }

    private static void measure(ConfigurableApplicationContext ctx, BenchConfig config, StatementCapture capture,
                                List<Latency.Result> results, StringBuilder plans,
                                Map<Latency.Result, String> planSummary, ReportWriter progress)
            throws SQLException, IOException {
        List<Long> sample = new ArrayList<>();
        int step = Math.max(1, config.members / config.memberSample);
        for (int i = step / 2; i < config.members && sample.size() < config.memberSample; i += step) {
            sample.add(Generator.FIRST_MEMBER_ID + i);
        }
        long smallCoach = Generator.BIG_COACH_ID + 1;
        List<BenchCases.Case> cases = BenchCases.all(ctx, sample, Generator.BIG_COACH_ID,
                clients(config, Generator.BIG_COACH_ID), smallCoach, clients(config, smallCoach));
        Set<String> explained = new HashSet<>();
        try (Explainer explainer = new Explainer(config)) {
            for (BenchCases.Case c : cases) {
                if (!c.group().startsWith(config.only)) {
                    continue;
                }
                Latency.Result r = Latency.run(c, config);
                results.add(r);
                System.out.printf(Locale.ROOT, "[bench] %-9s %-70s n=%-5d p50 %8s  p95 %8s  p99 %8s  first %s  (%s)%n",
                        c.group(), c.name(), r.n(), Latency.ms(r.p50()), Latency.ms(r.p95()), Latency.ms(r.p99()),
                        r.firstCalls(), r.rows());
                if (config.explain) {
                    planSummary.put(r, explain(c, capture, explainer, explained, plans, config.generic));
                }
                progress.write();
            }
        }
    }

    private static int clients(BenchConfig config, long coachId) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url, config.user, config.password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from account where coach_id = " + coachId)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** EXPLAINs the statements of one call of the case not explained before; returns a summary of the slowest. */
    private static String explain(BenchCases.Case c, StatementCapture capture, Explainer explainer, Set<String> explained,
                                  StringBuilder plans, boolean withGeneric) {
        List<StatementCapture.Captured> statements = capture.capture(() -> c.call().apply(0));
        String summary = "";
        double slowest = -1;
        boolean fullText = !c.name().startsWith("clients ") || c.name().contains("sort name")
                || c.name().contains("alerts DESC");
        for (StatementCapture.Captured s : statements) {
            if (!explained.add(s.sql())) {
                continue;
            }
            String custom = explainer.custom(s);
            // the generic plan of every variant of the client list would take long at full size: the
            // name and alerts sorts of each filter, and every other statement, are enough to show it
            String generic = fullText && withGeneric ? explainer.generic(s) : null;
            double ms = Explainer.executionMs(custom);
            String line = String.format(Locale.ROOT, "custom %s ms%s; generic %s ms%s",
                    Latency.ms(ms), Explainer.jit(custom) ? " (JIT)" : "",
                    generic == null ? "-" : Latency.ms(Explainer.executionMs(generic)),
                    Explainer.jit(generic) ? " (JIT)" : "");
            if (ms > slowest) {
                slowest = ms;
                summary = line;
            }
            if (fullText) {
                plans.append("\n### ").append(c.group()).append(": ").append(c.name()).append("\n\n")
                        .append("```sql\n").append(s.sql().strip()).append("\n```\n\n")
                        .append("Custom plan (values bound):\n\n```\n").append(custom).append("```\n\n");
                if (generic != null) {
                    plans.append("Generic plan (`plan_cache_mode = force_generic_plan`):\n\n```\n").append(generic)
                            .append("```\n");
                }
            } else {
                plans.append("\n### ").append(c.group()).append(": ").append(c.name()).append(" (summary only)\n\n")
                        .append(line).append("\n");
            }
        }
        return summary.isEmpty() ? "(statements explained above)" : summary;
    }

    private static Path writeReport(BenchConfig config, Generator.Loaded loaded, List<Latency.Result> results,
                                    Map<Latency.Result, String> planSummary, StringBuilder plans) throws IOException, SQLException {
        StringBuilder b = new StringBuilder();
        b.append("# Bench run ").append(Instant.now()).append("\n\n");
        b.append("Size: ").append(config.describe()).append(". ").append(machine(config)).append("\n\n");
        if (loaded.millis() >= 0) {
            b.append(String.format(Locale.ROOT, "Load (COPY, index builds, vacuum analyze): %.1f s; rows %s%n%n",
                    loaded.millis() / 1000.0, loaded.rows()));
        }
        b.append(loaded.tableSizes()).append("\n");
        if (!results.isEmpty()) {
            b.append(String.format(Locale.ROOT, "Latency in ms through the service methods: %d measured calls per case after"
                    + " %d warm-up calls (calls 1-%d: the first %d are custom plans), or fewer when a case exceeded"
                    + " %.0f s (n says how many; at least one measured call).%n%n",
                    config.calls, config.warmupCalls, config.warmupCalls, Latency.GENERIC_FROM - 1, config.caseSeconds));
            b.append("| group | case | n | warm-up calls | p50 | p95 | p99 | max | result | EXPLAIN ANALYZE of the slowest statement |\n");
            b.append("|---|---|---:|---|---:|---:|---:|---:|---|---|\n");
            for (Latency.Result r : results) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %d%s | %s | %s | %s | %s | %s | %s | %s |%n",
                        r.c().group(), r.c().name().replace("|", "\\|"), r.n(), r.capped() ? " (time cap)" : "",
                        r.firstCalls(), Latency.ms(r.p50()), Latency.ms(r.p95()), Latency.ms(r.p99()),
                        Latency.ms(r.max()), r.rows(), planSummary.getOrDefault(r, "")));
            }
        }
        if (!plans.isEmpty()) {
            b.append("\n## EXPLAIN (ANALYZE, BUFFERS) of each statement\n").append(plans);
        }
        Path out = config.report;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, b.toString());
        return out;
    }

    static String machine(BenchConfig config) throws SQLException {
        String mem = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    mem = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux
        }
        String load = "?";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException ignored) {
            // not Linux
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Machine: %d cores, %s RAM, Java %s, load average"
                + " at the end of the run %s", Runtime.getRuntime().availableProcessors(), mem,
                System.getProperty("java.version"), load));
        try (Connection c = DriverManager.getConnection(config.url, config.user, config.password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version'), current_setting('shared_buffers'),"
                     + " current_setting('work_mem'), current_setting('jit'), current_setting('random_page_cost'),"
                     + " current_setting('effective_cache_size')")) {
            rs.next();
            b.append(String.format(Locale.ROOT, "; PostgreSQL %s (shared_buffers %s, work_mem %s, jit %s,"
                            + " random_page_cost %s, effective_cache_size %s)", rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        }
        return b.toString();
    }
}
