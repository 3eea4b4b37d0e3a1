package org.pledgetrack.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A button that puts a text on the clipboard, with a line that says whether it worked. The copy
 * runs in the browser's own click handler, where the clipboard accepts it (after a round trip to
 * the server the click's permission may have lapsed).
 */
public class CopyButton extends Div {

    public CopyButton(String text, String label) {
        Button button = new Button(label, VaadinIcon.COPY_O.create());
        Span status = new Span();
        status.addClassName("copy-status");
        status.getElement().setAttribute("aria-live", "polite");
        addClassName("copy-button");
        add(button, status);
        button.getElement().executeJs("""
                const status = $1;
                this.addEventListener('click', () => navigator.clipboard.writeText($0).then(
                    () => { status.textContent = 'Copied to the clipboard.'; },
                    () => { status.textContent = 'Could not copy: select the token above and copy it.'; }));
                """, text, status.getElement());
    }
}
