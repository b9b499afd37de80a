package org.upright.content.shared;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.upright.db.testing.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up work runs in order, and waits while another node's start-up work holds the lock. */
class StartupTasksTest {

    @Test
    void tasksRunInOrderAndOneNodeAtATime() throws Exception {
        TestDatabase.Connection db = TestDatabase.createFresh();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.url());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        List<String> done = new CopyOnWriteArrayList<>();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE); // as an application context does
        beans.registerSingleton("second", new Second(done));
        beans.registerSingleton("first", new First(done));
        beans.registerSingleton("dataSource", dataSource);
        StartupTasks tasks = new StartupTasks(beans.getBeanProvider(StartupTask.class), beans.getBeanProvider(DataSource.class));

        try (Connection otherNode = dataSource.getConnection(); Statement s = otherNode.createStatement()) {
            s.execute("select pg_advisory_lock(" + StartupTasks.LOCK_KEY + ")");
            CompletableFuture<Void> starting = CompletableFuture.runAsync(tasks::start);
            Thread.sleep(1500);
            assertThat(done).as("waits for the other node").isEmpty();
            s.execute("select pg_advisory_unlock(" + StartupTasks.LOCK_KEY + ")");
            starting.get(30, TimeUnit.SECONDS);
        }
        assertThat(done).containsExactly("first", "second");
        assertThat(tasks.isRunning()).isTrue();
    }

    @org.springframework.core.annotation.Order(1)
    record First(List<String> done) implements StartupTask {
        @Override
        public void runAtStartup() {
            done.add("first");
        }
    }

    @org.springframework.core.annotation.Order(2)
    record Second(List<String> done) implements StartupTask {
        @Override
        public void runAtStartup() {
            done.add("second");
        }
    }
}
