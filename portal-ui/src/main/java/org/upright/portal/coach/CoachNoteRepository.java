package org.upright.portal.coach;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CoachNoteRepository extends JpaRepository<CoachNote, Long> {

    @Query("""
            select new org.upright.portal.coach.CoachNoteItem(n.id, n.memberId, a.displayName, n.body, n.createdAt)
            from CoachNote n, Account a where a.id = n.authorId and n.memberId = :memberId
            order by n.createdAt desc, n.id desc""")
    List<CoachNoteItem> findForMember(long memberId, Limit limit);
}
