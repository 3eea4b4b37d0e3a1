package org.pledgetrack.core.request;

public enum Urgency {
    LOW, NORMAL, HIGH
}
