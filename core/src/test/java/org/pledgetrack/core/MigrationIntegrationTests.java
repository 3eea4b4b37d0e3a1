package org.pledgetrack.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.pledgetrack.db.DefaultSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MigrationIntegrationTests {

    @Autowired
    DSLContext dsl;

    @Test
    void everyMigrationAppliedFromEmpty() {
        List<Boolean> success = dsl.select(DSL.field("success", Boolean.class))
                .from(DSL.table("flyway_schema_history"))
                .where(DSL.field("version").isNotNull())
                .fetchInto(Boolean.class);
        assertThat(success).hasSizeGreaterThanOrEqualTo(2).containsOnly(true);
    }

    /** The jOOQ classes are generated from the migrations at build time; the live schema must agree. */
    @Test
    void generatedClassesMatchTheMigratedSchema() {
        String schema = dsl.fetchValue(DSL.field("database()", String.class));
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Set<String> live = dsl.select(DSL.field("column_name", String.class))
                    .from(DSL.table("information_schema.columns"))
                    .where(DSL.field("table_schema").eq(schema))
                    .and(DSL.field("table_name").eq(table.getName()))
                    .fetchInto(String.class).stream().map(String::toLowerCase).collect(Collectors.toSet());
            Set<String> generated = Arrays.stream(table.fields()).map(f -> f.getName().toLowerCase())
                    .collect(Collectors.toSet());
            assertThat(live).as("columns of %s", table.getName()).isEqualTo(generated);
        }
        assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void tablesUseUtf8mb4() {
        String schema = dsl.fetchValue(DSL.field("database()", String.class));
        List<String> collations = dsl.select(DSL.field("table_collation", String.class))
                .from(DSL.table("information_schema.tables"))
                .where(DSL.field("table_schema").eq(schema))
                .and(DSL.field("table_name").ne("flyway_schema_history"))
                .fetchInto(String.class);
        assertThat(collations).isNotEmpty().allMatch(c -> c.startsWith("utf8mb4"));
    }
}
