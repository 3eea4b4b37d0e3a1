package org.pledgetrack.core.files;

/** File names as users send them, made safe to show: never used as a path anywhere. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The last path segment of an uploaded name ("C:\Users\x\plan.pdf" is "plan.pdf"), without
     * control characters, at most 255 characters; "file" when nothing is left.
     */
    public static String displayName(String originalFilename) {
        String name = originalFilename == null ? "" : originalFilename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
