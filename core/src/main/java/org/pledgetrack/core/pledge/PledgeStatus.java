package org.pledgetrack.core.pledge;

public enum PledgeStatus {
    ACTIVE, WITHDRAWN, COMPLETED, RECOGNIZED
}
