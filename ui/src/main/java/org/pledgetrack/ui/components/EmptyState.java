package org.pledgetrack.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a view shows when it has nothing yet: what this place is for and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String whatToDo) {
        addClassName("empty-state");
        add(new H2(title), new Paragraph(whatToDo));
    }
}
