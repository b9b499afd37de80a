package org.upright.content.routine;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface RoutineVersionRepository extends JpaRepository<RoutineVersion, RoutineVersion.Key> {

    Optional<RoutineVersion> findFirstByRoutineIdOrderByVersionNumberDesc(long routineId);
}
