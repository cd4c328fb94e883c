package io.zhibiao.core.portable;

/**
 * One place where the file and this store disagreed, and which side was kept.
 *
 * @param document the document's file name (empty for a tag colour)
 * @param subject  what it is about: an indicator ("城镇登记失业率 @120-131"), a document field, a tag
 * @param mine     this store's work before the import, in short
 * @param theirs   the file's work, in short
 */
public record WorkConflict(String document, String subject, String mine, String theirs, boolean theirsKept) {
    /** One line for a summary or log. */
    public String describe() {
        return (document.isEmpty() ? "" : document + ": ") + subject + ": this store has " + mine + ", the file "
                + theirs + " -> kept " + (theirsKept ? "the file's" : "this store's");
    }
}
