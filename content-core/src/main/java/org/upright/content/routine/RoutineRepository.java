package org.upright.content.routine;

import org.springframework.data.jpa.domain.Specification;
import org.upright.content.shared.ContentRepository;
import org.upright.content.shared.ContentStatus;

import java.util.List;
import java.util.Optional;

import static org.upright.content.shared.ContentSpecifications.attributeEquals;
import static org.upright.content.shared.ContentSpecifications.titleOrSlugContains;

interface RoutineRepository extends ContentRepository<Routine> {

    Optional<Routine> findByIdAndStatus(long id, ContentStatus status);

    List<Routine> findByStatusNotOrderByTitleAsc(ContentStatus status);

    static Specification<Routine> matching(RoutineFilter filter) {
        return Specification.allOf(attributeEquals("status", filter.status()),
                attributeEquals("difficulty", filter.difficulty()), titleOrSlugContains(filter.text()));
    }
}
