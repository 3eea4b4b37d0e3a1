package org.pledgetrack.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;

/**
 * Types into a field the way the browser reports it: as a value change from the client, which
 * is what drafts listen to. (Karibu's {@code _setValue} reaches into a Vaadin internal that
 * Vaadin 25 no longer has.)
 */
public final class ClientInput {

    private ClientInput() {
    }

    public static void type(AbstractSinglePropertyField<?, String> field, String text) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", text)
                    .run();
        } catch (PropertyChangeDeniedException e) {
            throw new IllegalStateException("The field does not take its value from the browser", e);
        }
    }
}
