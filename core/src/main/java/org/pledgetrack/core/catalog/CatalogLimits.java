package org.pledgetrack.core.catalog;

/** The widths of the catalog's columns: the editor's fields use them, {@link CatalogEditorService} enforces them. */
public final class CatalogLimits {

    public static final int CODE = 20;
    public static final int VERSION_TITLE = 200;
    public static final int NOTE = 1000;
    public static final int AREA_NAME = 100;
    public static final int AREA_DESCRIPTION = 1000;
    public static final int ITEM_TITLE = 300;
    public static final int ITEM_DESCRIPTION = 2000;
    public static final int RESOURCE_TITLE = 300;
    public static final int RESOURCE_URL = 2000;

    private CatalogLimits() {
    }
}
