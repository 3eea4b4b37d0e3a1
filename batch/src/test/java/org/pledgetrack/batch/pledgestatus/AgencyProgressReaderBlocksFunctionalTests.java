package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A range read in blocks of a few agencies, one query each, gives exactly what one query for the range gives. */
@SpringBootTest(classes = BatchTestApplication.class)
class AgencyProgressReaderBlocksFunctionalTests {

    private static final LocalDate TODAY = LocalDate.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC);

    @Autowired
    private DSLContext dsl;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void blocksOfAgenciesReadWhatOneQueryReads() {
        long first = jdbc.queryForObject("SELECT MIN(id) FROM organization", Long.class);
        long last = jdbc.queryForObject("SELECT MAX(id) FROM organization", Long.class);
        // a date with no snapshot rows, so that every agency with a pledge then is read
        LocalDate asOf = TODAY.minusDays(400);

        List<AgencyProgressOnDate> whole = readAll(new AgencyProgressReader(dsl, asOf, first, last, Integer.MAX_VALUE));
        List<AgencyProgressOnDate> inBlocks = readAll(new AgencyProgressReader(dsl, asOf, first, last, 2));

        assertThat(whole).hasSizeGreaterThan(2);
        assertThat(inBlocks).isEqualTo(whole);
    }

    private static List<AgencyProgressOnDate> readAll(AgencyProgressReader reader) {
        List<AgencyProgressOnDate> read = new ArrayList<>();
        reader.open(new ExecutionContext());
        try {
            for (AgencyProgressOnDate agency = reader.read(); agency != null; agency = reader.read()) {
                read.add(agency);
            }
        } finally {
            reader.close();
        }
        return read;
    }
}
