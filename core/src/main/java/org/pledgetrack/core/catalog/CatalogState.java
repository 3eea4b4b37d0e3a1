package org.pledgetrack.core.catalog;

/** A draft is edited by admins and seen by nobody else; a published version never changes again. */
public enum CatalogState {
    DRAFT, PUBLISHED
}
