package org.pledgetrack.tools;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots core and the dataset generator (no web, no jobs) for the tools' integration tests. */
@SpringBootApplication(scanBasePackages = {"org.pledgetrack.core", "org.pledgetrack.tools.dataset"})
public class ToolsTestApplication {
}
