package org.pledgetrack.core.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * A transactional service method that is run again, in a new transaction, when the database chose it as the loser
 * of a write conflict (MySQL/MariaDB error 1213). On one server that is a deadlock; on a Galera cluster it is also
 * how a transaction that lost certification to another node's write of the same rows ends, and after a failover the
 * first writes on the new node meet the old node's last ones. Galera's rule for applications is to retry such a
 * transaction; without it the person would see an error for a save the next attempt makes. The conflict rolled the
 * whole transaction back, so running the method again cannot do anything twice. Only for methods whose arguments
 * can be read again (not an upload's stream).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = PessimisticLockingFailureException.class, maxRetries = RetriedOnWriteConflict.MAX_RETRIES,
        delay = 50, jitter = 25, multiplier = 2)
public @interface RetriedOnWriteConflict {

    /** Three more attempts, 50, 100 and 200 ms (± 25) after the conflict. */
    int MAX_RETRIES = 3;
}
