package org.upright.content.routine;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.upright.content.shared.ContentStatus;

import java.util.List;
import java.util.Optional;

import static org.upright.content.shared.ContentSpecifications.attributeEquals;
import static org.upright.content.shared.ContentSpecifications.titleOrSlugContains;

interface RoutineRepository extends JpaRepository<Routine, Long>, JpaSpecificationExecutor<Routine> {

    Optional<Routine> findBySlug(String slug);

    Optional<Routine> findBySlugAndStatus(String slug, ContentStatus status);

    Optional<Routine> findByIdAndStatus(long id, ContentStatus status);

    boolean existsBySlugAndIdNot(String slug, long id);

    List<Routine> findByStatusNotOrderByTitleAsc(ContentStatus status);

    static Specification<Routine> matching(RoutineFilter filter) {
        return Specification.allOf(attributeEquals("status", filter.status()),
                attributeEquals("difficulty", filter.difficulty()), titleOrSlugContains(filter.text()));
    }
}
