package org.pledgetrack.ui.api;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Declares the record components marked {@link Nullable} as nullable in the OpenAPI document, as
 * OpenAPI 3.1 spells it: {@code "null"} among the property's types, or, for a reference or an
 * enumeration (whose values would refuse null), one of the property or null. springdoc declares
 * every property non-null, so a client checking answers against the document failed on the first
 * real null (an agency without a pledge, a day count with nothing to count).
 */
@Component
class NullableRecordComponents implements ModelConverter {

    private static final Set<String> NULL = Set.of("null");

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> javaClass = Json.mapper().constructType(type.getType()).getRawClass();
        Schema<?> model = resolved == null || resolved.get$ref() == null ? resolved : context.getDefinedModels()
                .get(resolved.get$ref().substring(Components.COMPONENTS_SCHEMAS_REF.length()));
        if (javaClass.isRecord() && model != null && model.getProperties() != null) {
            for (RecordComponent component : javaClass.getRecordComponents()) {
                if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    model.getProperties().computeIfPresent(component.getName(), (name, property) -> orNull(property));
                }
            }
        }
        return resolved;
    }

    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null || property.getEnum() != null || property.getTypes() == null) {
            return new JsonSchema().oneOf(List.of(property, new JsonSchema().types(NULL)));
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes());
        types.add("null");
        property.setTypes(types);
        return property;
    }
}
