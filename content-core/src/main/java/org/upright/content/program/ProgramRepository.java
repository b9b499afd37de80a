package org.upright.content.program;

import org.springframework.data.jpa.domain.Specification;
import org.upright.content.shared.ContentRepository;
import org.upright.content.shared.ContentStatus;

import java.util.Optional;

import static org.upright.content.shared.ContentSpecifications.attributeEquals;
import static org.upright.content.shared.ContentSpecifications.titleOrSlugContains;

interface ProgramRepository extends ContentRepository<Program> {

    Optional<Program> findByIdAndStatus(long id, ContentStatus status);

    static Specification<Program> matching(ProgramFilter filter) {
        return Specification.allOf(attributeEquals("status", filter.status()), titleOrSlugContains(filter.text()));
    }
}
