package org.upright.bench;

import org.upright.tracker.screening.ScreeningQuestion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Loads a member population into a migrated, starter-content database with {@code COPY}: coaches and
 * members, enrollments in the starter programs, daily pain ratings (gaps, trends, flare-ups, lapsed
 * members), completed sessions (mostly the program's routine of the day, pain before/after), alert
 * acknowledgements and published articles. The big tables' indexes (exactly as the migrations define
 * them) are dropped for the load and built again afterwards; then everything is vacuumed and analysed.
 */
final class Generator {

    static final String PASSWORD = "bench-password";
    static final long ADMIN_ID = 10_000;
    static final long BIG_COACH_ID = 10_001;
    static final long FIRST_MEMBER_ID = 100_000;
    static final String[] ZONES = {"UTC", "Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles",
            "Asia/Tokyo", "Australia/Sydney"};
    static final String[] AREAS = {"NECK", "UPPER_BACK", "MID_BACK", "LOW_BACK", "SHOULDERS", "CHEST", "HIP_FLEXORS", "CORE"};
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jonas",
            "Kira", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wim", "Yara"};
    private static final String[] LAST = {"Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Hansen", "Ito", "Jansen",
            "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Weber"};
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final List<String> BULK_TABLES = List.of("pain_rating", "completed_session");

    record Routine(long id, int version, int steps, int totalSeconds) {
    }

    record Program(long id, int weeks, Map<Integer, List<Long>> routinesByDay) {
    }

    record Loaded(long millis, Map<String, Long> rows, String tableSizes) {
    }

    private final BenchConfig config;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    Generator(BenchConfig config) {
        this.config = config;
    }

    /** Drops and creates the database named in the URL (connecting to the server's "postgres" database). */
    static void recreateDatabase(BenchConfig config) throws SQLException {
        String name = databaseName(config.url);
        String admin = config.url.substring(0, config.url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, config.user, config.password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    static String databaseName(String url) {
        String tail = url.substring(url.lastIndexOf('/') + 1);
        String name = tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail;
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Bench database names are lower-case identifiers: " + name);
        }
        return name;
    }

    /** Members already in the database (0 when it is empty or not migrated). */
    static long memberCount(BenchConfig config) {
        try (Connection c = DriverManager.getConnection(config.url, config.user, config.password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from account where role = 'MEMBER'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Loads, then runs {@code fillClientList} (the client list's start-up path,
     * {@code ClientProgressUpkeep.runAtStartup}): rows copied behind the services announce nothing, so
     * the coach's precomputed list is computed for every member as a start-up after a restore would.
     */
    Loaded load(String passwordHash, Runnable fillClientList) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(config.url, config.user, config.password)) {
            c.setAutoCommit(true);
            List<Program> programs = programs(c);
            List<Routine> routines = routines(c);
            if (programs.isEmpty() || routines.isEmpty()) {
                throw new IllegalStateException("No published starter programs/routines: did the starter import run?");
            }
            try (Statement s = c.createStatement()) {
                // the generator writes consistent ids; skip the per-row foreign-key triggers while loading
                s.execute("set session_replication_role = replica");
            }
            List<String> recreate = dropBulkIndexes(c);
            long t = System.nanoTime();
            loadAccounts(c, passwordHash);
            loadHistory(c, programs, routines);
            loadArticles(c);
            loadScreenings(c);
            System.out.printf(Locale.ROOT, "[bench] rows copied in %.1f s: %s%n", secs(t), counts);
            t = System.nanoTime();
            rebuild(recreate);
            System.out.printf(Locale.ROOT, "[bench] indexes rebuilt in %.1f s%n", secs(t));
            t = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = default");
                for (String seq : List.of("account", "enrollment", "pain_rating", "completed_session", "article",
                        "alert_acknowledgement")) {
                    s.execute("select setval(pg_get_serial_sequence('" + seq + "', 'id'), (select max(id) from " + seq + "))");
                }
                s.execute("vacuum (analyze)");
                s.execute("checkpoint");
            }
            System.out.printf(Locale.ROOT, "[bench] vacuum analyze + checkpoint in %.1f s%n", secs(t));
            t = System.nanoTime();
            fillClientList.run();
            try (Statement s = c.createStatement()) {
                s.execute("vacuum (analyze) client_progress");
                s.execute("vacuum (analyze) client_progress_alert");
                for (String table : List.of("client_progress", "client_progress_alert")) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "[bench] client list computed (%d rows, %d alerts) in %.1f s%n",
                    counts.get("client_progress"), counts.get("client_progress_alert"), secs(t));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Loaded(millis, counts, tableSizes(c));
        }
    }

    static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static List<Program> programs(Connection c) throws SQLException {
        Map<Long, Program> byId = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, weeks from program where status = 'PUBLISHED' order by id")) {
            while (rs.next()) {
                byId.put(rs.getLong(1), new Program(rs.getLong(1), rs.getInt(2), new HashMap<>()));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select program_id, day_number, routine_id from program_schedule order by program_id, day_number, position")) {
            while (rs.next()) {
                Program p = byId.get(rs.getLong(1));
                if (p != null) {
                    p.routinesByDay().computeIfAbsent(rs.getInt(2), d -> new ArrayList<>()).add(rs.getLong(3));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static List<Routine> routines(Connection c) throws SQLException {
        List<Routine> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select r.id, r.published_version, v.total_seconds,
                       (select count(*) from routine_version_step st
                        where st.routine_id = r.id and st.version_number = r.published_version)
                from routine r join routine_version v on v.routine_id = r.id and v.version_number = r.published_version
                where r.status = 'PUBLISHED' order by r.id""")) {
            while (rs.next()) {
                list.add(new Routine(rs.getLong(1), rs.getInt(2), Math.max(1, rs.getInt(4)), rs.getInt(3)));
            }
        }
        return list;
    }

    /** Drops the bulk tables' indexes and unique/primary-key constraints; returns the DDL that recreates them. */
    private static List<String> dropBulkIndexes(Connection c) throws SQLException {
        List<String> create = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (String table : BULK_TABLES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select conname, pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = '%s'::regclass and contype in ('p', 'u') order by conname""".formatted(table))) {
                while (rs.next()) {
                    drop.add("alter table " + table + " drop constraint " + rs.getString(1));
                    create.add("alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select i.relname, pg_get_indexdef(i.oid) from pg_index x join pg_class i on i.oid = x.indexrelid
                    where x.indrelid = '%s'::regclass
                      and not exists (select 1 from pg_constraint k where k.conindid = i.oid) order by i.relname"""
                    .formatted(table))) {
                while (rs.next()) {
                    drop.addFirst("drop index " + rs.getString(1));
                    create.add(rs.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : drop) {
                s.execute(ddl);
            }
        }
        return create;
    }

    /** Index builds in two sessions at once (one per core), each with a generous maintenance_work_mem. */
    private void rebuild(List<String> ddl) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String statement : ddl) {
                done.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try (Connection c = DriverManager.getConnection(config.url, config.user, config.password);
                         Statement s = c.createStatement()) {
                        s.execute("set maintenance_work_mem = '1GB'");
                        s.execute("set max_parallel_maintenance_workers = 0");
                        s.execute(statement);
                    }
                    System.out.printf(Locale.ROOT, "[bench]   %.1f s  %s%n", secs(t), statement);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private long coachOf(int memberIndex) {
        if (memberIndex < config.bigCoachClients) {
            return BIG_COACH_ID;
        }
        return BIG_COACH_ID + 1 + ((memberIndex - config.bigCoachClients) % config.coaches);
    }

    static String memberName(int index) {
        return "member" + (index + 1);
    }

    static String coachName(long coachId) {
        return coachId == BIG_COACH_ID ? "coach-big" : "coach" + (coachId - BIG_COACH_ID);
    }

    private static String displayName(SplittableRandom r) {
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    private void loadAccounts(Connection c, String hash) throws SQLException {
        String now = ZonedDateTime.now(ZoneId.of("UTC")).format(TS);
        try (CopyStream out = new CopyStream(c, "copy account (id, username, display_name, password_hash, role, coach_id,"
                + " time_zone, created_at) from stdin")) {
            out.num(ADMIN_ID).text("bench-admin").text("Bench Admin").text(hash).text("ADMIN").nul().text("UTC").text(now).end();
            for (long id = BIG_COACH_ID; id <= BIG_COACH_ID + config.coaches; id++) {
                SplittableRandom r = new SplittableRandom(config.seed * 31 + id);
                out.num(id).text(coachName(id)).text("Coach " + displayName(r)).text(hash).text("COACH").nul()
                        .text("UTC").text(now).end();
            }
            for (int i = 0; i < config.members; i++) {
                SplittableRandom r = memberRandom(i);
                String zone = ZONES[r.nextInt(ZONES.length)];
                out.num(FIRST_MEMBER_ID + i).text(memberName(i)).text(displayName(r)).text(hash).text("MEMBER")
                        .num(coachOf(i)).text(zone).text(now).end();
            }
            counts.put("account", out.rows() + 0);
        }
    }

    /**
     * One screening per member, every answer "no", answered 0-59 days ago (ScreeningService keeps one
     * valid for 90): without it every member's home and routine page reroutes to the screening form
     * (a first sign-in), and the memory and page benchmarks would measure that form instead.
     */
    private void loadScreenings(Connection c) throws SQLException {
        String answers = Arrays.stream(ScreeningQuestion.values()).map(q -> "\"" + q.name() + "\":false")
                .collect(Collectors.joining(",", "{", "}"));
        try (PreparedStatement s = c.prepareStatement("insert into screening (member_id, answered_at, answers, any_yes)"
                + " select id, now() - make_interval(days => cast(id % 60 as integer)), cast(? as jsonb), false"
                + " from account where role = 'MEMBER'")) {
            s.setString(1, answers);
            counts.put("screening", (long) s.executeUpdate());
        }
    }

    private SplittableRandom memberRandom(int index) {
        return new SplittableRandom(config.seed * 1_000_003L + index);
    }

    /** Enrollments, ratings, sessions and acknowledgements, member by member, into four COPY streams at once. */
    private void loadHistory(Connection c, List<Program> programs, List<Routine> routines) throws SQLException {
        Map<Long, Routine> routineById = new HashMap<>();
        routines.forEach(r -> routineById.put(r.id(), r));
        try (Connection c2 = open(); Connection c3 = open(); Connection c4 = open();
             CopyStream enrollments = new CopyStream(c, "copy enrollment (id, member_id, program_id, start_date, ended_on)"
                     + " from stdin");
             CopyStream ratings = new CopyStream(c2, "copy pain_rating (member_id, day, score, body_areas, note, created_at,"
                     + " updated_at) from stdin");
             CopyStream sessions = new CopyStream(c3, "copy completed_session (client_session_id, member_id, routine_id,"
                     + " routine_version, started_at, finished_at, day, steps_completed, steps_total, duration_seconds,"
                     + " pain_before, pain_after, note, created_at) from stdin");
             CopyStream acks = new CopyStream(c4, "copy alert_acknowledgement (id, member_id, kind, episode_start,"
                     + " acknowledged_by, acknowledged_at) from stdin")) {
            long enrollmentId = 1;
            long ackId = 1;
            for (int i = 0; i < config.members; i++) {
                SplittableRandom r = memberRandom(i);
                ZoneId zone = ZoneId.of(ZONES[r.nextInt(ZONES.length)]);
                r.nextInt(FIRST.length);
                r.nextInt(LAST.length);
                long member = FIRST_MEMBER_ID + i;
                LocalDate today = LocalDate.now(zone);
                int history = 60 + r.nextInt(Math.max(1, config.maxHistoryDays - 59));
                LocalDate joined = today.minusDays(history - 1L);
                // about one in eight stopped using the app a while ago (inactivity alerts)
                LocalDate lastDay = r.nextDouble() < 0.12 ? today.minusDays(4 + r.nextInt(60)) : today;
                if (lastDay.isBefore(joined)) {
                    lastDay = joined;
                }

                Program program = null;
                LocalDate programStart = null;
                if (r.nextDouble() < 0.85) {
                    program = programs.get(r.nextInt(programs.size()));
                    int maxAgo = Math.min(history - 1, program.weeks() * 7 + 60);
                    programStart = today.minusDays(r.nextInt(maxAgo + 1));
                    if (r.nextDouble() < 0.25 && programStart.isAfter(joined.plusDays(14))) {
                        Program earlier = programs.get(r.nextInt(programs.size()));
                        LocalDate earlierStart = joined.plusDays(r.nextInt(7));
                        enrollments.num(enrollmentId++).num(member).num(earlier.id()).raw(earlierStart)
                                .raw(programStart.minusDays(1)).end();
                    }
                    // a few enrol for next week
                    if (r.nextDouble() < 0.02) {
                        programStart = today.plusDays(1 + r.nextInt(6));
                    }
                    enrollments.num(enrollmentId++).num(member).num(program.id()).raw(programStart).nul().end();
                }

                double rateProbability = 0.45 + 0.5 * r.nextDouble();
                double sessionProbability = 0.12 + 0.45 * r.nextDouble();
                double level = 3 + 5 * r.nextDouble();
                double kind = r.nextDouble();
                double slope = kind < 0.70 ? -(0.002 + 0.008 * r.nextDouble())     // improving
                        : kind < 0.85 ? 0                                         // flat
                        : 0.002 + 0.006 * r.nextDouble();                         // slowly worsening
                boolean recentSetback = r.nextDouble() < 0.06;                   // worsening alerts
                int flareLeft = 0;
                double flare = 0;
                int gapLeft = 0;
                int primaryArea = r.nextInt(AREAS.length);
                for (LocalDate day = joined; !day.isAfter(lastDay); day = day.plusDays(1)) {
                    int t = (int) (day.toEpochDay() - joined.toEpochDay());
                    if (gapLeft > 0) {
                        gapLeft--;
                        continue;
                    }
                    if (r.nextDouble() < 0.012) {                                  // holidays, illness
                        gapLeft = 2 + r.nextInt(12);
                        continue;
                    }
                    if (flareLeft == 0 && r.nextDouble() < 0.02) {
                        flareLeft = 2 + r.nextInt(5);
                        flare = 2 + 2 * r.nextDouble();
                    }
                    double mean = Math.max(0.5, level + slope * t) + (flareLeft > 0 ? flare : 0)
                            + (recentSetback && today.toEpochDay() - day.toEpochDay() < 12 ? 2.5 : 0)
                            + 0.4 * Math.sin(t * 2 * Math.PI / 7);
                    if (flareLeft > 0) {
                        flareLeft--;
                    }
                    int score = (int) Math.max(0, Math.min(10, Math.round(mean + r.nextGaussian(0, 0.8))));
                    ZonedDateTime evening = day.atTime(19 + r.nextInt(4), r.nextInt(60)).atZone(zone);
                    if (r.nextDouble() < rateProbability) {
                        String areas = score == 0 ? "{}" : r.nextDouble() < 0.3
                                ? "{" + AREAS[primaryArea] + "," + AREAS[(primaryArea + 1 + r.nextInt(7)) % 8] + "}"
                                : "{" + AREAS[primaryArea] + "}";
                        String when = evening.format(TS);
                        ratings.num(member).raw(day).num(score).text(areas)
                                .text(r.nextDouble() < 0.05 ? "Stiff after a long day at the desk" : null)
                                .text(when).text(when).end();
                    }
                    int sessionsToday = r.nextDouble() < sessionProbability ? (r.nextDouble() < 0.06 ? 2 : 1) : 0;
                    for (int k = 0; k < sessionsToday; k++) {
                        Routine routine = null;
                        if (program != null && !day.isBefore(programStart) && r.nextDouble() < 0.8) {
                            List<Long> planned = program.routinesByDay()
                                    .get((int) (day.toEpochDay() - programStart.toEpochDay()) + 1);
                            if (planned != null) {
                                routine = routineById.get(planned.get(r.nextInt(planned.size())));
                            }
                        }
                        if (routine == null) {
                            routine = routines.get(r.nextInt(routines.size()));
                        }
                        int completed = r.nextDouble() < 0.9 ? routine.steps() : r.nextInt(routine.steps() + 1);
                        int duration = Math.max(0, (int) (routine.totalSeconds() * (double) completed / routine.steps())
                                + r.nextInt(-20, 40));
                        ZonedDateTime started = day.atTime(6 + r.nextInt(12), r.nextInt(60), r.nextInt(60)).atZone(zone);
                        ZonedDateTime finished = started.plusSeconds(duration);
                        sessions.text(new UUID(r.nextLong(), r.nextLong()).toString()).num(member).num(routine.id())
                                .num(routine.version()).text(started.format(TS)).text(finished.format(TS)).raw(day)
                                .num(completed).num(routine.steps()).num(duration);
                        if (r.nextDouble() < 0.75) {
                            int before = Math.max(0, Math.min(10, score + r.nextInt(-1, 2)));
                            int after = Math.max(0, Math.min(10, before - r.nextInt(-1, 3)));
                            sessions.num(before).num(after);
                        } else {
                            sessions.nul().nul();
                        }
                        sessions.text(r.nextDouble() < 0.03 ? "Felt easier than last week" : null)
                                .text(finished.format(TS)).end();
                    }
                }

                // a coach's "seen" on some episodes (several kinds, some recent)
                long coach = coachOf(i);
                Set<String> seen = new HashSet<>();
                int ackCount = r.nextDouble() < 0.3 ? 1 + r.nextInt(4) : 0;
                for (int k = 0; k < ackCount; k++) {
                    String ackKind = List.of("WORSENING", "HIGH_PAIN_RUN", "INACTIVE").get(r.nextInt(3));
                    LocalDate episode = today.minusDays(r.nextInt(Math.min(history, 120)));
                    if (seen.add(ackKind + episode)) {
                        acks.num(ackId++).num(member).text(ackKind).raw(episode).num(coach)
                                .text(episode.atTime(12, 0).atZone(zone).format(TS)).end();
                    }
                }
                if (i % 5_000 == 4_999) {
                    System.out.printf(Locale.ROOT, "[bench]   %d members, %d ratings, %d sessions%n", i + 1,
                            ratings.rows(), sessions.rows());
                }
            }
            counts.put("enrollment", enrollments.rows());
            counts.put("pain_rating", ratings.rows());
            counts.put("completed_session", sessions.rows());
            counts.put("alert_acknowledgement", acks.rows());
        }
    }

    private static final String[] WORDS = ("back pain posture stretch neck shoulder hip core breathing desk sitting standing "
            + "walking sleep stress movement spine muscle strength mobility habit routine gentle daily relief tension "
            + "stiffness morning evening exercise rest recovery flare warm cool chair screen lifting bending twisting "
            + "balance knee pelvis brace hold relax release calm confidence progress pacing activity").split(" ");

    private void loadArticles(Connection c) throws SQLException {
        String[] categories = {"UNDERSTANDING_PAIN", "EXERCISE_TECHNIQUE", "DAILY_HABITS", "SAFETY"};
        SplittableRandom r = new SplittableRandom(config.seed);
        // the starter import already used some ids
        long firstId;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1000 from article")) {
            rs.next();
            firstId = rs.getLong(1);
        }
        try (CopyStream out = new CopyStream(c, "copy article (id, slug, title, summary, body, category, tags, status, author,"
                + " published_at) from stdin")) {
            for (int i = 0; i < config.articles; i++) {
                String title = cap(words(r, 3 + r.nextInt(4)));
                StringBuilder body = new StringBuilder();
                int paragraphs = 4 + r.nextInt(14);
                for (int p = 0; p < paragraphs; p++) {
                    if (p % 3 == 0) {
                        body.append("## ").append(cap(words(r, 3))).append("\n\n");
                    }
                    body.append(cap(words(r, 40 + r.nextInt(80)))).append(".\n\n");
                }
                out.num(firstId + i).text("bench-article-" + (i + 1)).text(title).text(cap(words(r, 15 + r.nextInt(20))) + ".")
                        .text(body.toString()).text(categories[r.nextInt(categories.length)]).text("{bench}")
                        .text("PUBLISHED").text("Bench Writer")
                        .text(ZonedDateTime.now(ZoneId.of("UTC")).minusDays(r.nextInt(700)).format(TS)).end();
            }
            counts.put("article", out.rows());
        }
    }

    private static String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(config.url, config.user, config.password);
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
        }
        return c;
    }

    static String tableSizes(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder("| table | rows | heap | indexes | total |\n|---|---:|---:|---:|---:|\n");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, c.reltuples::bigint, pg_size_pretty(pg_table_size(c.oid)),
                       pg_size_pretty(pg_indexes_size(c.oid)), pg_size_pretty(pg_total_relation_size(c.oid))
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.reltuples > 0
                order by pg_total_relation_size(c.oid) desc""")) {
            while (rs.next()) {
                b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", rs.getString(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            b.append("\nDatabase size: ").append(rs.getString(1)).append('\n');
        }
        return b.toString();
    }
}
