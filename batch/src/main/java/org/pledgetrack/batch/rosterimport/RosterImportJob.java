package org.pledgetrack.batch.rosterimport;

import org.springframework.batch.core.job.Job;

/**
 * The roster check and import jobs, wrapped so that nothing that collects every {@link Job} bean
 * picks them up.
 */
record RosterImportJob(Job check, Job importValidRows) {
}
