package org.pledgetrack.core.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A one-page PDF diagram linking an Action Plan's strategies to the crime drivers they address:
 * drivers in boxes on the left, strategies on the right, a line for each link. Written by hand
 * (PDF's own drawing operators and its built-in Helvetica), so the demo needs no drawing library.
 */
final class DemoDiagram {

    private static final int WIDTH = 612;
    private static final int HEIGHT = 396;
    private static final int BOX_WIDTH = 230;
    private static final int BOX_HEIGHT = 40;

    private DemoDiagram() {
    }

    /** {@code links} maps each strategy (by index) to the drivers (by index) it addresses. */
    static byte[] pdf(String title, List<String> drivers, List<String> strategies, Map<Integer, List<Integer>> links) {
        StringBuilder page = new StringBuilder();
        text(page, 40, HEIGHT - 40, 14, title);
        text(page, 40, HEIGHT - 70, 11, "Crime drivers");
        text(page, WIDTH - 40 - BOX_WIDTH, HEIGHT - 70, 11, "Strategies");
        for (int i = 0; i < drivers.size(); i++) {
            box(page, 40, top(i), drivers.get(i));
        }
        for (int i = 0; i < strategies.size(); i++) {
            box(page, WIDTH - 40 - BOX_WIDTH, top(i), strategies.get(i));
        }
        links.forEach((strategy, addressed) -> addressed.forEach(driver -> page.append(40 + BOX_WIDTH).append(' ')
                .append(top(driver) + BOX_HEIGHT / 2).append(" m ").append(WIDTH - 40 - BOX_WIDTH).append(' ')
                .append(top(strategy) + BOX_HEIGHT / 2).append(" l S\n")));
        return document(page.toString());
    }

    private static int top(int row) {
        return HEIGHT - 130 - row * (BOX_HEIGHT + 20);
    }

    private static void box(StringBuilder page, int x, int y, String label) {
        page.append(x).append(' ').append(y).append(' ').append(BOX_WIDTH).append(' ').append(BOX_HEIGHT).append(" re S\n");
        text(page, x + 8, y + BOX_HEIGHT / 2 - 4, 10, label);
    }

    private static void text(StringBuilder page, int x, int y, int size, String text) {
        String escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        page.append("BT /F1 ").append(size).append(" Tf ").append(x).append(' ').append(y).append(" Td (")
                .append(escaped).append(") Tj ET\n");
    }

    private static byte[] document(String content) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "] "
                + "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        objects.add("<< /Length " + content.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + content
                + "endstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
