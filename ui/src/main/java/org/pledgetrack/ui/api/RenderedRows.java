package org.pledgetrack.ui.api;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A page's rows together with their JSON, already written: Jackson copies the JSON instead of
 * serialising the rows again (see {@link RenderedPages}). Reads as the rows it holds.
 */
@JsonSerialize(using = RenderedRows.Writer.class)
final class RenderedRows<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> rows;
    private final SerializableString json;

    RenderedRows(List<T> rows, SerializableString json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Writes the JSON the rows were rendered to, as it is. */
    static final class Writer extends ValueSerializer<RenderedRows<?>> {

        @Override
        public void serialize(RenderedRows<?> value, JsonGenerator generator, SerializationContext context) {
            generator.writeRawValue(value.json);
        }
    }
}
