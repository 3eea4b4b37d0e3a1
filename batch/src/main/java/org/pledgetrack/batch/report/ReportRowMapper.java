package org.pledgetrack.batch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;

/** Reads one result row into typed values, column by column, as the report's columns say; codes become labels. */
final class ReportRowMapper implements RowMapper<List<Object>> {

    private final List<ReportColumn> columns;

    ReportRowMapper(List<ReportColumn> columns) {
        this.columns = columns;
    }

    @Override
    public List<Object> mapRow(ResultSet rs, int rowNum) throws SQLException {
        List<Object> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            int index = i + 1;
            ReportColumn column = columns.get(i);
            Object value = switch (column.kind()) {
                case TEXT -> column.show(rs.getString(index));
                case INTEGER -> rs.getLong(index);
                case DECIMAL, PERCENT -> rs.getBigDecimal(index);
                case DATE -> rs.getObject(index, LocalDate.class);
            };
            values.add(rs.wasNull() ? null : value);
        }
        return values;
    }
}
