package org.pledgetrack.ui.components;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/** A plain HTML table: the text alternative that goes with every chart. Cells are set as text. */
@Tag("table")
public class DataTable extends Component {

    public DataTable(String caption, List<String> headers, List<List<String>> rows) {
        getElement().getClassList().add("data-table");
        getElement().appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        getElement().appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        getElement().appendChild(body);
    }
}
