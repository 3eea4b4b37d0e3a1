package org.pledgetrack.ui.error;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.ui.KaribuViewTests;
import org.slf4j.LoggerFactory;

/** A bug in a view shows the error page with a reference id; the details go to the log under that id only. */
class UnexpectedErrorViewTests extends KaribuViewTests {

    private static final Pattern REFERENCE = Pattern.compile("Reference: ([0-9a-f]{8})");

    private final Logger errorLog = (Logger) LoggerFactory.getLogger(UnexpectedErrorView.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheErrorLog() {
        logged.start();
        errorLog.addAppender(logged);
    }

    @AfterEach
    void releaseTheErrorLog() {
        errorLog.detachAppender(logged);
    }

    @Test
    void failingViewShowsAReferenceIdThatTheLogHasWithTheDetailsAndTheUserSeesNoneOfThem() {
        signInAs(DemoAccounts.WICHITA_AGENCY);

        navigateTo("test/failing-view");

        String seen = _get(UnexpectedErrorView.class).getElement().getTextRecursively();
        Matcher reference = REFERENCE.matcher(seen);
        assertThat(reference.find()).as("a reference id on the page: %s", seen).isTrue();
        assertThat(seen).contains("Something went wrong")
                .doesNotContain("Exception").doesNotContain("BadSqlGrammar").doesNotContain("app_user")
                .doesNotContain("app_usr").doesNotContain("select").doesNotContain("at org.");

        assertThat(logged.list).filteredOn(event -> event.getFormattedMessage().contains(reference.group(1)))
                .singleElement().satisfies(event -> {
                    assertThat(event.getFormattedMessage())
                            .isEqualTo("Unexpected error, reference " + reference.group(1) + " at test/failing-view");
                    assertThat(event.getThrowableProxy().getClassName())
                            .isEqualTo("org.springframework.jdbc.BadSqlGrammarException");
                    assertThat(event.getThrowableProxy().getMessage()).contains(FailingView.SQL);
                });
    }
}
