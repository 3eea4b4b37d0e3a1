package org.pledgetrack.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileDownloadsTests {

    @Test
    void nameGoesOutPercentEncodedAsAnAttachmentWithAnAsciiFallback() {
        assertThat(FileDownloads.contentDisposition("Plan d'action – été.pdf")).isEqualTo(
                "attachment; filename=\"Plan d_action _ _t_.pdf\"; filename*=UTF-8''Plan%20d%27action%20%E2%80%93%20%C3%A9t%C3%A9.pdf");
    }

    @Test
    void quotesAndSemicolonsCannotEndTheHeaderValue() {
        assertThat(FileDownloads.contentDisposition("a\"; filename=evil.html; x=\".pdf")).isEqualTo(
                "attachment; filename=\"a__ filename_evil.html_ x__.pdf\"; "
                        + "filename*=UTF-8''a%22%3B%20filename%3Devil.html%3B%20x%3D%22.pdf");
    }
}
