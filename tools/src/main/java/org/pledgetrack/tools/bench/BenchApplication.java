package org.pledgetrack.tools.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;

/**
 * Core, batch and the dataset generator against the benchmark database, with the real clock. Its
 * main method runs the application runners its arguments ask for (here {@code --generate-dataset})
 * and exits with their code.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.pledgetrack.core", "org.pledgetrack.batch", "org.pledgetrack.tools.dataset"})
public class BenchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)));
    }
}
