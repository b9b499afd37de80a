package org.upright.portal.coach;

import org.upright.kernel.i18n.Wording;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.content.program.ProgramService;
import org.upright.content.program.ProgramSummary;
import org.upright.accounts.AccountService;
import org.upright.accounts.ClientSummary;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.enrollment.EnrollmentView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A coach choosing a client's program: assignments go through the tracker's enrollments and are audited. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('COACH')")
public class ClientProgramService {

    /** The client's program now: which one, from when, and the program day of today (1 = start day). */
    public record CurrentProgram(long programId, String title, LocalDate startDate, int weeks) {
    }

    private final AccountService accounts;
    private final EnrollmentService enrollments;
    private final ProgramService programs;
    private final AuditLog audit;

    private final ScreeningService screening;

    ClientProgramService(AccountService accounts, EnrollmentService enrollments, ProgramService programs, AuditLog audit,
                         ScreeningService screening) {
        this.screening = screening;
        this.accounts = accounts;
        this.enrollments = enrollments;
        this.programs = programs;
        this.audit = audit;
    }

    /** The programs a coach can assign: the published ones, in every language (the client's may not be the coach's). */
    public List<ProgramSummary> assignablePrograms() {
        return programs.listPublishedInEveryLanguage();
    }

    public Optional<CurrentProgram> current(long memberId) {
        accounts.requireMyClient(memberId);
        return enrollments.current(memberId).map(e -> {
            Optional<ProgramSummary> program = published(e.programId());
            return new CurrentProgram(e.programId(), program.map(ProgramSummary::title).orElseGet(() -> Wording.text("coach.program.fallback", e.programId())),
                    e.startDate(), program.map(ProgramSummary::weeks).orElse(0));
        });
    }

    /**
     * Enrolls one of the signed-in coach's clients in a published program from {@code startDate},
     * ending the current enrollment. Field names in errors: "programId", "startDate".
     */
    @Transactional
    public EnrollmentView assign(long memberId, long programId, LocalDate startDate) {
        ClientSummary client = accounts.requireMyClient(memberId);
        ProgramSummary program = published(programId)
                .orElseThrow(() -> InvalidInputException.of("programId", Wording.text("coach.program.choose-published")));
        EnrollmentView enrollment;
        try {
            enrollment = enrollments.enroll(memberId, programId, startDate);
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.problems());
        }
        audit.record(AuditAction.PROGRAM_ASSIGNED, AuditTarget.account(memberId, client.username()),
                "program " + program.title() + " (id " + programId + ") from " + startDate);
        // a new program is a new start: the member answers the safety questions again first
        screening.reask(memberId, ScreeningService.ReaskReason.PROGRAM_ASSIGNED);
        return enrollment;
    }

    private Optional<ProgramSummary> published(long programId) {
        return programs.listPublishedInEveryLanguage().stream().filter(p -> p.id() == programId).findFirst();
    }
}
