package org.pledgetrack.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class NamedPrimaryKeyNoteFilterTests {

    private final LoggerContext context = new LoggerContext();
    private final NamedPrimaryKeyNoteFilter filter = new NamedPrimaryKeyNoteFilter();
    private static final String FLYWAY = "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor";

    @Test
    void mariadbsNoteAboutANamedPrimaryKeyIsDropped() {
        assertThat(decide(FLYWAY, Level.WARN,
                "DB: Name 'pk_audit_log' ignored for PRIMARY key. (SQL State: 42000 - Error Code: 1280)"))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void anyOtherMigrationWarningIsKept() {
        assertThat(decide(FLYWAY, Level.WARN, "DB: Data truncated for column 'x' at row 1 (SQL State: 01000 - Error Code: 1265)"))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void theSameTextFromAnotherLoggerIsKept() {
        assertThat(decide("org.pledgetrack.core.Something", Level.WARN,
                "DB: Name 'pk_x' ignored for PRIMARY key. (SQL State: 42000 - Error Code: 1280)"))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String loggerName, Level level, String message) {
        return filter.decide(null, context.getLogger(loggerName), level, message, null, null);
    }
}
