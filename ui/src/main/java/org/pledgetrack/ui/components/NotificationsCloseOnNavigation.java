package org.pledgetrack.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Closes every open notification when the user moves to another page: a message is about the page
 * it was shown on, and one that followed the user elsewhere would be read as being about the new one.
 */
@Component
class NotificationsCloseOnNavigation implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(
                navigation -> closeAll(init.getUI())));
    }

    static void closeAll(UI ui) {
        ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).toList()
                .forEach(Notification::close);
    }
}
