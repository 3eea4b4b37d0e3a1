package org.pledgetrack.ui.error;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's stack-trace page: the user gets a reference id, the log gets the details
 * under the same id.
 */
@PageTitle("Something went wrong | pledgetrack")
// error views are navigation targets too: without this, access control would refuse the error page itself
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    private final Paragraph reference = new Paragraph();

    public UnexpectedErrorView() {
        addClassName("error-view");
        add(new H2("Something went wrong"),
                new Paragraph("Nothing you entered was saved by the failed step. Please try again; if it keeps "
                        + "happening, give the reference below to your administrator."),
                reference, new Anchor("", "Back to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {} at {}", id, event.getLocation().getPath(),
                parameter.getCaughtException());
        reference.setText("Reference: " + id);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
