package io.zhibiao.core.store;

/**
 * A backup's SQL script holds something that Zhibiao's own backups never write (a statement of another
 * kind, a table or column the migrations do not make, a value that is not a plain literal), so nothing of
 * it was loaded: a script is SQL, and a crafted one could create an alias or trigger that runs code.
 */
public class ScriptRefusedException extends StoreException {
    private final String finding;

    ScriptRefusedException(int line, String finding) {
        super("line " + line + " of the script holds " + finding);
        this.finding = "line " + line + " holds " + finding;
    }

    ScriptRefusedException(String finding) {
        super("the script " + finding);
        this.finding = finding;
    }

    /** What was found, as a clause: {@code line 3 holds a statement ... (CREATE ALIAS ...)}. */
    public String finding() {
        return finding;
    }
}
