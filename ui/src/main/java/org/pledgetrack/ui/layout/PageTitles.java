package org.pledgetrack.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;

/** The header shows the view's {@link PageTitle} without the " | pledgetrack" suffix. */
final class PageTitles {

    private PageTitles() {
    }

    static String of(Component view) {
        if (view == null) {
            return "";
        }
        PageTitle title = view.getClass().getAnnotation(PageTitle.class);
        return title == null ? "" : title.value().replace(" | pledgetrack", "");
    }
}
