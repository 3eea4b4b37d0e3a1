package org.pledgetrack.core.request;

/** What an agency or grantee asks for; grant, focus area and item are optional. */
public record NewTaRequest(Long grantId, String topic, Long focusAreaId, Long catalogItemId, String description,
                           Urgency urgency) {
}
