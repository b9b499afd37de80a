package org.upright.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;

import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes starting at once against one fresh database: Flyway's lock lets one migrate, the other waits. */
class ConcurrentMigrationTest {

    @Test
    void twoMigrationsStartedTogetherBothSucceedAndEachScriptRunsOnce() throws Exception {
        TestDatabase.Connection db = TestDatabase.createFresh();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<MigrateResult>> nodes = List.of(1, 2).stream().map(node -> CompletableFuture.supplyAsync(() -> {
            Flyway flyway = Flyway.configure().dataSource(db.url(), db.username(), db.password())
                    .locations("classpath:db/migration").load();
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return flyway.migrate();
        })).toList();
        start.countDown();

        MigrateResult first = nodes.get(0).get(120, TimeUnit.SECONDS);
        MigrateResult second = nodes.get(1).get(120, TimeUnit.SECONDS);
        assertThat(first.success).isTrue();
        assertThat(second.success).isTrue();
        org.flywaydb.core.api.MigrationInfo[] applied = Flyway.configure().locations("classpath:db/migration")
                .dataSource(db.url(), db.username(), db.password()).load().info().applied();
        int all = applied.length;
        // repeatable migrations (R__) have no version
        int scripts = (int) java.util.Arrays.stream(applied).filter(m -> m.getVersion() != null).count();
        // one of them applied everything, the other found it done
        assertThat(first.migrationsExecuted + second.migrationsExecuted).isEqualTo(all);
        assertThat(List.of(first.migrationsExecuted, second.migrationsExecuted)).contains(0);
        try (var c = DriverManager.getConnection(db.url(), db.username(), db.password());
             var rs = c.createStatement().executeQuery(
                     "select count(*), count(distinct version) from flyway_schema_history where version is not null")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(scripts).isEqualTo(rs.getInt(2));
        }
    }
}
