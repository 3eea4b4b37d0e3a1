package org.pledgetrack.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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

    @Test
    void previewShowsPdfsAndImagesInlineSandboxedAndFramableOnlyByThisSite() {
        for (String type : new String[] {"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
                "Application/PDF; charset=binary"}) {
            Map<String, String> headers = FileDownloads.previewHeaders(type, "policy.pdf");
            assertThat(headers.get("Content-Disposition")).as(type).startsWith("inline; filename=\"policy.pdf\"");
            assertThat(headers).as(type).containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'self'")
                    .containsEntry("X-Frame-Options", "SAMEORIGIN");
        }
    }

    @Test
    void previewOfAnyOtherTypeStaysADownload() {
        for (String type : new String[] {"text/html", "image/svg+xml", "application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document", "application/octet-stream", "application/pdfx"}) {
            Map<String, String> headers = FileDownloads.previewHeaders(type, "page.html");
            assertThat(headers.get("Content-Disposition")).as(type).startsWith("attachment;");
            assertThat(headers).as(type).containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("Content-Security-Policy", FileDownloads.PREVIEW_POLICY);
            assertThat(FileDownloads.previewable(type)).as(type).isFalse();
        }
    }
}
