package org.pledgetrack.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoNotice;
import org.pledgetrack.ui.KaribuViewTests;

class DemoDataBadgeViewTests extends KaribuViewTests {

    @Test
    void everyPageOfADemoDatabaseSaysWhatInItIsInvented() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("grants");

        Button badge = _get(Button.class, spec -> spec.withText("Demo data"));
        assertThat(badge.getTooltip().getText()).isEqualTo(DemoNotice.TEXT).contains("Tulsa Police Department",
                "FY2020", "Newman University", "invented");
        _click(badge);
        NotificationsKt.expectNotifications(DemoNotice.TEXT);
    }
}
