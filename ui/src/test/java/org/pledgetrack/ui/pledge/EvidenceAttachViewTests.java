package org.pledgetrack.ui.pledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.EvidenceDates;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemWorkflow;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 18: an agency attaches a policy it uploaded on one item to another item from the item page. */
class EvidenceAttachViewTests extends KaribuViewTests {

    private static final String DESCRIPTION = "Policy 300, attach view test";

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestsEvidence() {
        jdbc.update("DELETE FROM evidence WHERE description = ?", DESCRIPTION);
    }

    @Test
    void agencyAttachesThePolicyOfOneItemToAnotherAndBothShowIt() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        List<PledgeItem> open = pledges.overview(dayton, dayton.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).filter(i -> ItemWorkflow.evidenceEditable(i.status())).toList();
        PledgeItem first = open.get(0);
        PledgeItem second = open.get(1);
        evidence.addFile(dayton, first.id(), Items.pdf(), "use-of-force-policy.pdf", DESCRIPTION,
                new EvidenceDates(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 7, 1)));
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("pledge/item/" + second.id());

        _click(_get(Button.class, spec -> spec.withText("Attach existing evidence")));
        AttachEvidenceDialog dialog = _get(AttachEvidenceDialog.class);
        // by this test's description: other tests of this context keep files of the same name
        dialog.picker.setValue(dialog.picker.getListDataView().getItems()
                .filter(e -> DESCRIPTION.equals(e.description())).findFirst().orElseThrow());
        _click(dialog.attach);

        assertThat(_get(Paragraph.class, spec -> spec.withText("Also evidence for item " + first.number()))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Took effect 2025-07-01, review by 2027-07-01")))
                .isNotNull();
        assertThat(items.detail(dayton, first.id()).evidence().stream()
                .filter(e -> DESCRIPTION.equals(e.description())).findFirst().orElseThrow().alsoOnItems())
                .containsExactly(second.number());
    }
}
