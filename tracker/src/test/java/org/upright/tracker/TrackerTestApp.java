package org.upright.tracker;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.InMemoryRoutineCatalog;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SettableClock;

/** The tracker's services for tests, with a clock that stands still and in-memory content ports. */
@SpringBootApplication(scanBasePackages = {"org.upright.tracker", "org.upright.kernel"})
public class TrackerTestApp {

    @Bean
    SettableClock clock() {
        return new SettableClock();
    }

    @Bean
    InMemoryRoutineCatalog routineCatalog(JdbcClient jdbc) {
        return new InMemoryRoutineCatalog(jdbc);
    }

    @Bean
    InMemoryProgramSchedules programSchedules(JdbcClient jdbc) {
        return new InMemoryProgramSchedules(jdbc);
    }

    @Bean
    Members members(JdbcClient jdbc) {
        return new Members(jdbc);
    }
}
