package org.pledgetrack.core.demo;

/** The award numbers of the demo's BCJI grants, for finding them (all but Wichita's FY2020 number are invented). */
public final class DemoGrantAwards {

    /** Wichita's real FY2020 award (its number invented): closed, every report accepted. */
    public static final String WICHITA_FY2020 = "15PBJA-20-GG-04182-BCJI";
    /** Dayton's invented FY2024 award, whose funds are at risk. */
    public static final String DAYTON = "15PBJA-24-GG-03107-BCJI";
    /** Wichita's invented FY2025 continuation, in its implementation phase. */
    public static final String WICHITA_CONTINUATION = "DEMO-2025-BCJI-WICHITA";
    /** The invented Sedgwick County site (Wichita PD a partner), in its planning phase. */
    public static final String SEDGWICK_PLANNING = "DEMO-2026-BCJI-SEDGWICK";

    private DemoGrantAwards() {
    }
}
