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

    /**
     * Galera (several database nodes, README "Running on several machines") replicates rows by primary key
     * and only InnoDB tables: a table without a primary key is replicated slowly or, with
     * innodb_force_primary_key or MySQL's sql_require_primary_key, refused; another engine not at all.
     */
    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDbSoThatGaleraReplicatesIt() {
        String schema = dsl.fetchValue(DSL.field("database()", String.class));
        var tables = DSL.table("information_schema.tables").as("t");
        List<String> all = dsl.select(DSL.field("t.table_name", String.class)).from(tables)
                .where(DSL.field("t.table_schema").eq(schema)).and(DSL.field("t.table_type").eq("BASE TABLE"))
                .fetchInto(String.class);
        List<String> withoutPrimaryKey = dsl.select(DSL.field("t.table_name", String.class)).from(tables)
                .where(DSL.field("t.table_schema").eq(schema)).and(DSL.field("t.table_type").eq("BASE TABLE"))
                .andNotExists(DSL.selectOne().from(DSL.table("information_schema.table_constraints").as("c"))
                        .where(DSL.field("c.table_schema").eq(DSL.field("t.table_schema")))
                        .and(DSL.field("c.table_name").eq(DSL.field("t.table_name")))
                        .and(DSL.field("c.constraint_type").eq("PRIMARY KEY")))
                .fetchInto(String.class);
        List<String> notInnoDb = dsl.select(DSL.field("t.table_name", String.class)).from(tables)
                .where(DSL.field("t.table_schema").eq(schema)).and(DSL.field("t.table_type").eq("BASE TABLE"))
                .and(DSL.field("t.engine").ne("InnoDB"))
                .fetchInto(String.class);

        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(withoutPrimaryKey).as("tables without a primary key").isEmpty();
        assertThat(notInnoDb).as("tables of another engine than InnoDB").isEmpty();
    }
}
