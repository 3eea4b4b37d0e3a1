package org.pledgetrack.core.demo;

import static org.pledgetrack.db.Tables.DEMO_DATA_LOAD;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether this database holds the demo data, and what a user must know about it: which of its facts
 * are real and which invented. Shown wherever demo records show, so that nobody takes an invented
 * person, number or date for a fact.
 */
@Service
public class DemoNotice {

    /** What is real in the demo and what is not; the agencies whose ORI no public source confirmed. */
    public static final String TEXT = "Demo data. The people, pledges, progress, numbers and dates are invented. "
            + "The agencies are real and have their FBI ORIs, except those marked \"demo ORI, not verified\": "
            + "Tulsa Police Department, Sedgwick County Sheriff's Office, Durham Police Department, University of "
            + "Kansas Public Safety Office and Kansas Highway Patrol. Wichita's BCJI award is real in its year "
            + "(FY2020), period (October 2020 – September 2023), grantee (the City of Wichita's Housing and Community "
            + "Services Department) and research partner (Newman University); its number, amount, phase dates, "
            + "deliverables and reports are invented (its relationship-based policing course is dated fall 2023, as "
            + "the real training was). The grants marked \"(demo)\" – Wichita's FY2025 continuation and the "
            + "Sedgwick County planning site – are invented, with their Action Plans.";

    private final DSLContext dsl;
    private volatile boolean loaded;

    DemoNotice(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the demo data was loaded into this database (remembered once true: it is never unloaded). */
    @Transactional(readOnly = true)
    public boolean demoDataLoaded() {
        if (!loaded) {
            loaded = dsl.fetchExists(DEMO_DATA_LOAD);
        }
        return loaded;
    }

    void recordLoad(Instant now) {
        dsl.insertInto(DEMO_DATA_LOAD).set(DEMO_DATA_LOAD.LOADED_AT, now).execute();
        loaded = true;
    }
}
