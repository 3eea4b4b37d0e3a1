package org.pledgetrack.core.grant;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.pledgetrack.core.testsupport.FixedClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One Spring context (one embedded database) for the grant, TA request and notification tests:
 * a movable clock, and SMTP pointing at the port where the e-mail test runs GreenMail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=" + GrantsIntegrationTest.SMTP_PORT})
@Import(FixedClockConfiguration.class)
public @interface GrantsIntegrationTest {

    int SMTP_PORT = 37025;
}
