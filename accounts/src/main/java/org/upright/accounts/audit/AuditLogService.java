package org.upright.accounts.audit;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.text.LikePatterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading the audit log: admins only, filtered and paged in the database. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditLogService {

    private static final Set<String> SORTABLE = Set.of("at", "actorUsername", "action", "targetLabel");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    private final AuditEventRepository events;

    AuditLogService(AuditEventRepository events) {
        this.events = events;
    }

    public List<AuditEntry> find(AuditFilter filter, Pageable page) {
        return events.findAll(matching(filter), withSafeSort(page)).map(AuditEvent::toEntry).getContent();
    }

    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    private static Pageable withSafeSort(Pageable page) {
        Sort requested = Sort.by(page.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        return PageRequest.of(page.getPageNumber(), page.getPageSize(),
                requested.and(NEWEST_FIRST));
    }

    private static Specification<AuditEvent> matching(AuditFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String actor = LikePatterns.containing(f.actor());
            if (actor != null) {
                where.add(cb.like(cb.lower(root.get("actorUsername")), actor, LikePatterns.ESCAPE));
            }
            if (f.action() != null) {
                where.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"), f.from().atStartOfDay(f.zone()).toInstant()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("at"), f.to().plusDays(1).atStartOfDay(f.zone()).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
