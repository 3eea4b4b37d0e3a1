package org.pledgetrack.ui.error;

import java.sql.SQLSyntaxErrorException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Test-only view that fails while opening, the way a bug in a view would, with SQL in the
 * exception, so the tests can prove that the user sees only the error page. Lives in the test
 * sources only.
 */
@Route("test/failing-view")
@PermitAll
public class FailingView extends Div implements BeforeEnterObserver {

    static final String SQL = "select password_hash from app_user where username = ?";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new BadSqlGrammarException("reading the page", SQL,
                new SQLSyntaxErrorException("Table 'pledgetrack.app_usr' doesn't exist"));
    }
}
