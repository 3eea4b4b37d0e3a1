package org.pledgetrack.core.catalog;

/** Whether an item asks for a written policy or for a practice put in place. */
public enum ItemKind {
    POLICY, PRACTICE
}
