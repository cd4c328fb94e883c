package io.zhibiao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

/** Asks a yes/no question on the terminal; anything but y or yes (or no answer at all) is no. */
final class Confirmation {
    private Confirmation() {
    }

    static boolean ask(PrintWriter out, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            // not closed: closing it would close System.in for the rest of the process
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            String answer = in.readLine();
            if (answer == null) {
                out.println();
                return false;
            }
            String a = answer.strip().toLowerCase(Locale.ROOT);
            return a.equals("y") || a.equals("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
