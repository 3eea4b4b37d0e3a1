package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a grant's phases when its planning ends or its award dates change. Called by services
 * after their own checks, inside their transaction; it checks nothing itself.
 */
@Component
public class GrantPhases {

    private final GrantRepository grants;
    private final ReportCalendarReconciler calendar;

    GrantPhases(GrantRepository grants, ReportCalendarReconciler calendar) {
        this.grants = grants;
        this.calendar = calendar;
    }

    /**
     * The approved Action Plan ends planning the day before {@code approvedOn} and starts
     * implementation on it, until the sustainability period (if one is planned) or the award's end;
     * the report calendar is brought in line with the award. Refused once the award has ended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void startImplementation(long grantId, LocalDate approvedOn) {
        BcjiGrantRecord grant = grants.findGrant(grantId).orElseThrow();
        if (approvedOn.isAfter(grant.getEndOn())) {
            throw new IllegalStateException("The award ended on " + grant.getEndOn()
                    + "; an Action Plan can no longer start its implementation.");
        }
        List<GrantDetail.PhaseDates> phases = grants.findPhases(grantId);
        LocalDate implementationEnd = phases.stream().filter(p -> p.phase() == GrantPhase.SUSTAINABILITY)
                .map(p -> p.startOn().minusDays(1)).filter(d -> !d.isBefore(approvedOn)).findFirst()
                .orElse(grant.getEndOn());
        grants.deletePhases(grantId, List.of(GrantPhase.PLANNING, GrantPhase.IMPLEMENTATION));
        if (approvedOn.isAfter(grant.getStartOn())) {
            grants.insertPhase(grantId, GrantPhase.PLANNING, grant.getStartOn(), approvedOn.minusDays(1));
        }
        grants.insertPhase(grantId, GrantPhase.IMPLEMENTATION, approvedOn, implementationEnd);
        calendar.reconcile(grantId);
    }

    /**
     * Fits the phases to changed award dates: a phase that began with the award begins with it
     * again, one that ended with it ends with it again, and a phase is cut to the award (or dropped
     * when nothing of it is left inside).
     */
    void fitToAward(long grantId, LocalDate oldStart, LocalDate oldEnd, LocalDate newStart, LocalDate newEnd) {
        List<GrantDetail.PhaseDates> phases = grants.findPhases(grantId);
        grants.deletePhases(grantId, List.of(GrantPhase.values()));
        for (GrantDetail.PhaseDates phase : phases) {
            LocalDate start = phase.startOn().equals(oldStart) || phase.startOn().isBefore(newStart) ? newStart
                    : phase.startOn();
            LocalDate end = phase.endOn().equals(oldEnd) || phase.endOn().isAfter(newEnd) ? newEnd : phase.endOn();
            if (!end.isBefore(start)) {
                grants.insertPhase(grantId, phase.phase(), start, end);
            }
        }
    }
}
