package org.upright.portal.feedback;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    /** A member's messages with their coach's name, newest first. */
    @Query("""
            select new org.upright.portal.feedback.FeedbackItem(f.id, f.memberId, c.displayName, f.message, f.createdAt, f.readAt)
            from Feedback f, Account c where c.id = f.coachId and f.memberId = :memberId
              and (:unreadOnly = false or f.readAt is null)
            order by f.createdAt desc, f.id desc""")
    List<FeedbackItem> findForMember(long memberId, boolean unreadOnly, Limit limit);
}
