package org.pledgetrack.core.security;

import static org.pledgetrack.db.Tables.SIGN_IN_FAILURE;

import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Failed sign-ins by source address, for {@link LoginThrottle}. */
@Repository
class SignInFailureRepository {

    private final DSLContext dsl;

    SignInFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(String address, Instant failedAt) {
        dsl.insertInto(SIGN_IN_FAILURE)
                .set(SIGN_IN_FAILURE.ADDRESS, address)
                .set(SIGN_IN_FAILURE.FAILED_AT, failedAt)
                .execute();
    }

    int countSince(String address, Instant since) {
        return dsl.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.ADDRESS.eq(address)
                .and(SIGN_IN_FAILURE.FAILED_AT.ge(DSL.val(since, SIGN_IN_FAILURE.FAILED_AT))));
    }

    void deleteBefore(Instant cutoff) {
        dsl.deleteFrom(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.FAILED_AT.lt(DSL.val(cutoff, SIGN_IN_FAILURE.FAILED_AT)))
                .execute();
    }
}
