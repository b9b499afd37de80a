package org.upright.portal.progress;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.upright.content.program.ProgramDay;
import org.upright.content.program.ProgramService;
import org.upright.content.routine.RoutineRef;
import org.upright.content.routine.RoutineService;
import org.upright.content.program.ProgramSummary;
import org.upright.content.program.ProgramView;
import org.upright.tracker.program.ProgramCatalog;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.program.ProgramSchedules;
import org.upright.tracker.session.RoutineCatalog;
import org.upright.tracker.session.RoutineInfo;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Connects the tracker's ports to content-core's routines and programs (the tracker tests use in-memory ones). */
@Configuration(proxyBeanMethods = false)
class TrackerContentWiring {

    @Bean
    RoutineCatalog routineCatalog(RoutineService routines) {
        return new RoutineCatalog() {
            @Override
            public Optional<RoutineInfo> find(long routineId, int version) {
                return routines.findVersion(routineId, version)
                        .map(v -> new RoutineInfo(v.routineId(), v.version(), v.title(), v.steps().size(),
                                v.steps().stream().map(st -> st.holdSeconds() * st.repetitions() * (st.perSide() ? 2 : 1)).toList(),
                                // an easier version keeps the step's sides (StepVariant); null: the step has none
                                v.steps().stream().map(st -> st.easier() == null ? null
                                        : st.easier().holdSeconds() * st.easier().repetitions() * (st.perSide() ? 2 : 1))
                                        .collect(Collectors.toList())));
            }

            @Override
            public Map<Long, String> titles(Map<Long, Integer> versionByRoutine) {
                return routines.versionTitles(versionByRoutine);
            }
        };
    }

    @Bean
    ProgramCatalog programCatalog(ProgramService programs) {
        return new ProgramCatalog() {
            @Override
            public Optional<ProgramView> findPublished(long programId) {
                return programs.findPublished(programId);
            }

            @Override
            public List<ProgramSummary> listPublished(int limit) {
                return programs.listPublished().stream().limit(limit).toList();
            }
        };
    }

    @Bean
    ProgramSchedules programSchedules(ProgramService programs) {
        return programId -> programs.findPublished(programId).map(p -> {
            Map<Integer, java.util.List<Long>> byDay = p.schedule().stream().collect(Collectors.toMap(
                    ProgramDay::day, d -> d.routines().stream().map(RoutineRef::id).toList()));
            return new ProgramSchedule(p.id(), p.title(), p.weeks(), byDay);
        });
    }
}
