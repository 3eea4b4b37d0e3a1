package org.pledgetrack.ui.components;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before a page with unsaved edits is left. Inside the application, {@link #beforeLeave}
 * holds the navigation and asks in a dialog; for closing the tab or typing another address, the
 * browser's own "Leave site?" question is switched on while there are edits. Typing marks the page
 * at once in the browser (the server hears of it only after a pause); {@link #update()} then sets
 * it from the server's view of the fields.
 */
public final class UnsavedChangesGuard {

    /** Installs the browser's question once per page; the flag is read when the tab would close. */
    private static final String INSTALL = """
            if (!window.pledgetrackGuard) {
              window.pledgetrackGuard = true;
              window.addEventListener('beforeunload', e => {
                if (window.pledgetrackUnsaved) { e.preventDefault(); e.returnValue = ''; }
              });
            }
            if (!this.pledgetrackGuarded) {
              this.pledgetrackGuarded = true;
              this.addEventListener('input', () => { window.pledgetrackUnsaved = true; });
            }
            window.pledgetrackUnsaved = false;""";

    private final Component view;
    private final BooleanSupplier unsaved;

    /** @param unsaved whether the view holds edits that are not saved */
    public UnsavedChangesGuard(Component view, BooleanSupplier unsaved) {
        this.view = view;
        this.unsaved = unsaved;
        view.addAttachListener(attach -> view.getElement().executeJs(INSTALL));
        view.addDetachListener(detach -> detach.getUI().getPage().executeJs("window.pledgetrackUnsaved = false"));
    }

    /** Tells the browser whether to ask before the tab closes; call after the fields changed or were saved. */
    public void update() {
        view.getUI().ifPresent(ui -> ui.getPage().executeJs("window.pledgetrackUnsaved = $0", unsaved.getAsBoolean()));
    }

    /** Call from the view's {@code beforeLeave}: holds a navigation away from unsaved edits and asks first. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Dialog asking = new Dialog();
        asking.addClassName("unsaved-changes-dialog");
        asking.setHeaderTitle("Leave without saving?");
        asking.add(new Paragraph("This page has changes you have not saved. Notes and comments you typed are kept "
                + "as drafts and offered again when you come back; other fields are lost."));
        Button stay = new Button("Stay on this page", click -> asking.close());
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button go = new Button("Leave", click -> {
            asking.close();
            UI.getCurrent().getPage().executeJs("window.pledgetrackUnsaved = false");
            leave.proceed();
        });
        asking.getFooter().add(go, stay);
        asking.open();
    }
}
