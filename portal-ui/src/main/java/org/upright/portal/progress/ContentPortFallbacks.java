package org.upright.portal.progress;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.upright.tracker.plan.ProgramSchedules;
import org.upright.tracker.session.RoutineCatalog;

import java.util.Optional;

/**
 * Temporary bridge until tracker gets adapters over content-core's routines and programs: with
 * these, every routine and program is unknown. An auto-configuration, so any real bean wins.
 */
@AutoConfiguration
public class ContentPortFallbacks {

    @Bean
    @ConditionalOnMissingBean
    RoutineCatalog routineCatalog() {
        return (routineId, version) -> Optional.empty();
    }

    @Bean
    @ConditionalOnMissingBean
    ProgramSchedules programSchedules() {
        return programId -> Optional.empty();
    }
}
