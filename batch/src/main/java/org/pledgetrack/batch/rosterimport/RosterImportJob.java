package org.pledgetrack.batch.rosterimport;

import org.springframework.batch.core.job.Job;

/** The roster import job, wrapped so that nothing that collects every {@link Job} bean picks it up. */
record RosterImportJob(Job job) {
}
