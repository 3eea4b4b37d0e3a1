package org.pledgetrack.core.database;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops MariaDB's note 1280 ("Name 'pk_…' ignored for PRIMARY key") that Flyway logs as a warning for
 * every table the migrations create. The migrations name their primary keys so that jOOQ's generated
 * keys carry readable names; MariaDB keeps the name PRIMARY and says so. Nothing is wrong, and a
 * start-up that prints warnings teaches people to ignore warnings. Every other migration warning stays.
 */
public final class NamedPrimaryKeyNoteFilter extends TurboFilter {

    private static final String FLYWAY_SCRIPT_LOGGER = "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor";
    private static final String NOTE = "ignored for PRIMARY key. (SQL State: 42000 - Error Code: 1280)";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        boolean namedPrimaryKeyNote = level == Level.WARN
                && FLYWAY_SCRIPT_LOGGER.equals(logger.getName())
                && format != null && format.endsWith(NOTE);
        return namedPrimaryKeyNote ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
