package org.pledgetrack.batch.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Core and batch against the benchmark database, with the real clock: the test application's
 * fixed clock and test helpers are left out of the scan. Its main method runs the application
 * runners its arguments ask for (here {@code --generate-dataset}) and exits with their code.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.pledgetrack.core", "org.pledgetrack.batch"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = {"org\\.pledgetrack\\.batch\\.BatchTestApplication", ".*\\.testsupport\\..*", ".*Tests.*"}))
public class BenchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)));
    }
}
