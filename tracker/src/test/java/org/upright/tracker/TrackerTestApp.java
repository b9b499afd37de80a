package org.upright.tracker;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.tracker.testing.InMemoryProgramCatalog;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.InMemoryRoutineCatalog;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.RecordingMail;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;
import org.upright.tracker.export.ExportAudit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tracker's services for tests, with a clock that stands still and in-memory content ports. */
@SpringBootApplication(scanBasePackages = {"org.upright.tracker", "org.upright.kernel"})
public class TrackerTestApp {

    @Bean
    SettableClock clock() {
        return new SettableClock();
    }

    /** Mail the reminders would send, and the portal links in it. */
    @Bean
    RecordingMail mail() {
        return new RecordingMail();
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
    InMemoryProgramCatalog programCatalog() {
        return new InMemoryProgramCatalog();
    }

    @Bean
    Members members(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        return new Members(jdbc, events);
    }

    @Bean
    org.upright.tracker.testing.Coaches coaches(JdbcClient jdbc) {
        return new org.upright.tracker.testing.Coaches(jdbc);
    }

    @Bean
    SignedIn signedIn(Members members) {
        return new SignedIn(members);
    }

    /** Downloads are audited by the application; the tracker's tests keep what would be recorded. */
    @Bean
    List<String> exportAuditLog() {
        return new CopyOnWriteArrayList<>();
    }

    @Bean
    ExportAudit exportAudit(List<String> exportAuditLog) {
        return (member, what) -> exportAuditLog.add(member.id() + ": " + what);
    }
}
