package org.upright.content.program;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.upright.content.shared.ContentStatus;

import java.util.Optional;

import static org.upright.content.shared.ContentSpecifications.attributeEquals;
import static org.upright.content.shared.ContentSpecifications.titleOrSlugContains;

interface ProgramRepository extends JpaRepository<Program, Long>, JpaSpecificationExecutor<Program> {

    Optional<Program> findBySlug(String slug);

    Optional<Program> findBySlugAndStatus(String slug, ContentStatus status);

    Optional<Program> findByIdAndStatus(long id, ContentStatus status);

    boolean existsBySlugAndIdNot(String slug, long id);

    static Specification<Program> matching(ProgramFilter filter) {
        return Specification.allOf(attributeEquals("status", filter.status()), titleOrSlugContains(filter.text()));
    }
}
