package org.pledgetrack.core.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change. Called inside the service's transaction so a change and its audit row
 * commit or roll back together.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action without a field (created, removed, ...). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAction(CurrentUser actor, Long agencyId, String entityType, long entityId, String action) {
        repository.insert(clock.instant(), actor.id(), actor.username(), agencyId, entityType, entityId, action,
                null, null, null);
    }

    /** Records an action with a short description of its subject, e.g. the name of an added file. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAction(CurrentUser actor, Long agencyId, String entityType, long entityId, String action,
                             String detail) {
        repository.insert(clock.instant(), actor.id(), actor.username(), agencyId, entityType, entityId, action,
                null, null, detail);
    }

    /** Records an action taken by a scheduled job, with no signed-in user; {@code job} names it as the actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordJobAction(String job, Long agencyId, String entityType, long entityId, String action,
                                String detail) {
        repository.insert(clock.instant(), null, job, agencyId, entityType, entityId, action, null, null, detail);
    }

    /** Records one field's change; does nothing when the value did not change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(CurrentUser actor, Long agencyId, String entityType, long entityId, String field,
                             Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        repository.insert(clock.instant(), actor.id(), actor.username(), agencyId, entityType, entityId, "UPDATE",
                field, text(oldValue), text(newValue));
    }

    /** The history of one record, oldest first. Callers check that the reader may see the record. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, long entityId) {
        return repository.findForEntity(entityType, entityId);
    }

    /** The latest change of a record, to tell who changed it when a save is refused. */
    @Transactional(readOnly = true)
    public java.util.Optional<AuditEntry> lastChangeOf(String entityType, long entityId) {
        List<AuditEntry> history = repository.findForEntity(entityType, entityId);
        return history.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(history.getLast());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
